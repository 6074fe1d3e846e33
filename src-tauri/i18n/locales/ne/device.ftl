# What the device does for the app: the share sheet.

err-share-busy = सेयर गर्ने विन्डो पहिले नै खुला छ। पहिले त्यसलाई बन्द गर्नुहोस्, अनि फेरि प्रयास गर्नुहोस्।
