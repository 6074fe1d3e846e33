# Notifications (zairyu-domain reminders.rs). Ids are stable. $deadline = the legal last day,
# $days = a number of days.

## Applying for a new card

rem-apply-opened-title = तपाईंको नयाँ रेसिडेन्स कार्ड: तपाईंको म्याद
rem-apply-opened-body = { $deadline } सम्ममा आवेदन दिनुहोस् ({ $days ->
    [0] आज
    [one] 1 दिन बाँकी
   *[other] { $days } दिन बाँकी
})। तपाईंको योजना एपमा छ।
rem-apply-opened-late-body = म्याद { $deadline } थियो ({ $days ->
    [one] 1 दिन अघि
   *[other] { $days } दिन अघि
})। अझै ढिला भइसकेको छैन: ढिलाइको कारण बताउने छोटो पत्रसहित सकेसम्म छिटो आवेदन दिनुहोस्।
rem-apply-before-title = { $days ->
    [one] आवेदन दिन 1 दिन बाँकी
   *[other] आवेदन दिन { $days } दिन बाँकी
}
rem-apply-before-body = आफ्नो नयाँ रेसिडेन्स कार्डका लागि { $deadline } सम्ममा आवेदन दिनुहोस् ({ $days ->
    [one] भोलि
   *[other] { $days } दिनभित्र
})। एपमा आफ्ना कागजातहरू जाँच गर्नुहोस्।
rem-apply-last-day-title = आज आवेदन दिने अन्तिम दिन हो
rem-apply-last-day-body = आज, { $deadline }, नयाँ रेसिडेन्स कार्डका लागि आवेदन दिने अन्तिम दिन हो।

## Returning an old card

rem-return-opened-title = आफ्नो पुरानो कार्ड फिर्ता गर्नुहोस्
rem-return-opened-body = पुरानो कार्ड { $deadline } सम्ममा फिर्ता गर्नुहोस् ({ $days ->
    [0] आज
    [one] 1 दिन बाँकी
   *[other] { $days } दिन बाँकी
})।
rem-return-opened-late-body = पुरानो कार्ड { $deadline } सम्ममा फिर्ता गर्नुपर्ने थियो ({ $days ->
    [one] 1 दिन अघि
   *[other] { $days } दिन अघि
})। सकेसम्म छिटो फिर्ता गर्नुहोस्।
rem-return-before-title = { $days ->
    [one] पुरानो कार्ड फिर्ता गर्न 1 दिन बाँकी
   *[other] पुरानो कार्ड फिर्ता गर्न { $days } दिन बाँकी
}
rem-return-before-body = आफ्नो पुरानो कार्ड { $deadline } सम्ममा फिर्ता गर्नुहोस् ({ $days ->
    [one] भोलि
   *[other] { $days } दिनभित्र
})।
rem-return-last-day-title = आज पुरानो कार्ड फिर्ता गर्ने अन्तिम दिन हो
rem-return-last-day-body = आज, { $deadline }, आफ्नो पुरानो कार्ड फिर्ता गर्ने अन्तिम दिन हो।

## Still abroad: back before the re-entry permission ends (入管法 第26条の2). $by = its last day.

rem-return-by-title = { $by } सम्ममा जापान फर्कनुहोस्
# $days = days left before it.
rem-return-by-body = तपाईंको पुनः प्रवेश अनुमतिको अन्तिम दिन { $by } हो ({ $days ->
    [one] 1 दिन बाँकी
   *[other] { $days } दिन बाँकी
})। त्यो दिनसम्ममा जापान फर्कनुहोस्, नत्र तपाईंको आवासीय स्थिति (भिसा) समाप्त हुन्छ। त्यसपछि 14 दिनभित्र नयाँ कार्डका लागि आवेदन दिनुहोस्।

## How this device delivers them (the reminders screen)

# Android without exact alarms: each reminder is handed over an hour early. $from, $to = "08:00", "09:00".
reminders-android-window = ब्याट्री बचाउन Android आफैँ ठ्याक्कै मिनेट छान्छ: हरेक रिमाइन्डर त्यस दिनको { $from } देखि { $to } बीचमा आउँछ (ब्याट्री सेभरले रोकेको बेला मात्र ढिलो हुन्छ)।
reminders-test-failed = परीक्षण सूचना देखाउन सकिएन। आफ्नो उपकरणको सेटिङमा यो एपलाई सूचना पठाउन अनुमति छ कि छैन हेर्नुहोस्।
