# The "Your data" screen: export, import with a preview, delete all.
# The counts are written as "label number", so no plural selector is needed.

ui-data-button = तपाईंको डाटा
ui-data-title = तपाईंको डाटा
ui-data-lead = तपाईंले भरेका सबै कुरा यही उपकरणमा रहन्छन्। तपाईं कपी सेभ गर्न, कपी फर्काउन वा सबै मेटाउन सक्नुहुन्छ।
ui-export-button = कपी सेभ गर्नुहोस् (एक्सपोर्ट)
ui-export-done = कपी यहाँ सेभ भयो: { $path }
ui-import-label = कपी फर्काउनुहोस् (इम्पोर्ट)
ui-import-preview = यो कपीमा — नयाँ: { $added }, बदलिएका: { $changed }, नबदलिएका: { $unchanged }। "बदल्नुहोस्" रोज्नुभयो भने कपीमा नभएका कुरा पनि मेटिन्छन्: { $removed }।
ui-import-merge = भएकोसँग मिलाउनुहोस्
ui-import-replace = भएकोलाई बदल्नुहोस्
ui-import-done = कपी इम्पोर्ट भयो।
ui-delete-all = मेरो सबै डाटा मेटाउनुहोस्
ui-delete-all-confirm = यो एपले यस उपकरणमा राखेका सबै कुरा मेटाउने? यसलाई फेरि फर्काउन सकिँदैन।
ui-delete-all-done = तपाईंको सबै डाटा मेटियो।
