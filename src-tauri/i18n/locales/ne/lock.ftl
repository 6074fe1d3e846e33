# The app lock: a PIN asked when the app starts and after time in the background.

## The offer (home and papers screens, once a person's data is saved)

ui-lock-offer-title = यो एपलाई PIN ले लक गर्ने?
ui-lock-offer-lead = यो एपमा अब नाम, कार्ड नम्बर र ठेगाना राखिएका छन्। PIN राख्नुभयो भने यो उपकरण हातमा पर्ने अरू कसैले ती पढ्न सक्दैन।
ui-lock-offer-yes = PIN राख्नुहोस्
ui-lock-offer-no = अहिले होइन

## Setting, changing and removing the lock (settings)

ui-lock-title = एप लक
ui-lock-lead = एप सुरु हुँदा र ब्याकग्राउन्डमा गएर फर्किँदा एपले 4 देखि 8 अङ्कको PIN माग्छ।
# Shown before a PIN is set, every time.
ui-lock-forget-warning = PIN बिर्सनुभयो भने फेरि भित्र जाने एउटै मात्र उपाय छ: यो एपको सबै डाटा मेटाउनु। तपाईंका केस, व्यक्ति र जवाफहरू सबै हराउनेछन्। "तपाईंको डाटा" बाट सेभ गरेको कपी त्यसपछि फर्काउन सकिन्छ।
ui-lock-pin = PIN (4 देखि 8 अङ्क)
ui-lock-pin-repeat = उही PIN फेरि
ui-lock-after = एप यति समय ब्याकग्राउन्डमा रहेपछि फेरि सोध्ने
ui-lock-after-now = तुरुन्तै: हरेक पटक
ui-lock-after-minutes = { $minutes ->
    [one] 1 मिनेट
   *[other] { $minutes } मिनेट
}
ui-lock-turn-on = लक अन गर्नुहोस्
ui-lock-is-on = लक अन छ।
ui-lock-is-off = लक अफ छ।
ui-lock-change-pin = PIN बदल्नुहोस्
ui-lock-turn-off = लक अफ गर्नुहोस्
ui-lock-turn-off-lead = लक अफ गर्न आफ्नो PIN लेख्नुहोस्।
ui-lock-saved = सेभ भयो।

## The lock screen (shows nothing personal)

ui-lock-screen-title = यो एप लक गरिएको छ
ui-lock-screen-lead = खोल्न आफ्नो PIN लेख्नुहोस्।
ui-lock-unlock = अनलक गर्नुहोस्
ui-lock-device-unlock = औँठाछाप वा अनुहारले अनलक गर्नुहोस्
ui-lock-forgot = मैले PIN बिर्सें
ui-lock-forgot-lead = PIN फेरि पाउन सकिँदैन: यो कतै पनि राखिएको छैन, यो एपमा पनि छैन। फेरि भित्र जाने एउटै मात्र उपाय यो एपको सबै डाटा लकसहित मेटाउनु हो। त्यसपछि तपाईं फेरि सुरु गर्न सक्नुहुन्छ, वा "तपाईंको डाटा" बाट सेभ गरेको कपी फर्काउन सक्नुहुन्छ।
ui-lock-forgot-confirm = सबै डाटा र लक मेटाउनुहोस्
ui-lock-back = पछाडि
# The system's fingerprint or face prompt says this.
lock-device-reason = रेसिडेन्स कार्ड सहायक अनलक गर्नुहोस्
# Under the prompt's title (Android).
lock-device-description = तपाईंको औँठाछाप वा अनुहारले एप खोल्छ। तपाईंको PIN ले पनि खोल्छ।
# The prompt's button back to the app's PIN field (Android's one button, iOS's fallback).
lock-device-use-pin = PIN प्रयोग गर्नुहोस्
# The prompt's cancel button (iOS).
lock-device-cancel = रद्द गर्नुहोस्

## Errors

err-lock-locked = यो एप लक गरिएको छ। खोल्न आफ्नो PIN लेख्नुहोस्।
err-lock-pin-format = PIN 4 देखि 8 अङ्क (0–9) को हुन्छ।
err-lock-pin-mismatch = दुईवटा PIN उस्तै छैनन्। फेरि टाइप गर्नुहोस्।
err-lock-wrong-pin = त्यो PIN मिलेन।
err-lock-wait-seconds = धेरै पटक गलत भयो। { $seconds ->
    [one] 1 सेकेन्ड
   *[other] { $seconds } सेकेन्ड
}पछि फेरि प्रयास गर्नुहोस्।
err-lock-wait-minutes = धेरै पटक गलत भयो। { $minutes ->
    [one] 1 मिनेट
   *[other] { $minutes } मिनेट
}पछि फेरि प्रयास गर्नुहोस्।
err-lock-not-set = कुनै PIN राखिएको छैन।
err-lock-device-unavailable = यो उपकरणमा यो एप औँठाछाप वा अनुहारले अनलक गर्न सकिँदैन। आफ्नो PIN लेख्नुहोस्।
err-lock-device-failed = औँठाछाप वा अनुहार स्वीकार भएन। आफ्नो PIN लेख्नुहोस्, वा फेरि प्रयास गर्नुहोस्।
