# The app's screens. Messages without variables are sent to the UI as they are.

ui-app-title = रेसिडेन्स कार्ड सहायक
ui-skip = सामग्रीमा जानुहोस्
ui-language = भाषा
ui-back = पछाडि
ui-next = अर्को
ui-home = गृहपृष्ठ
ui-loading = लोड हुँदैछ…
ui-home-title = रेसिडेन्स कार्ड हरायो?
ui-home-lead = चिन्ता नगर्नुहोस्। नयाँ कार्डका लागि आवेदन दिन तपाईंसँग 14 दिन छ, र यो एपले हरेक चरण देखाउँछ। तपाईंका जवाफहरू यही उपकरणमा रहन्छन्।
ui-start-case = सुरु गर्नुहोस्: एक मिनेट मात्र
ui-my-cases = तपाईंका केसहरू
ui-open-case = खोल्नुहोस्
ui-today-title = जापानमा आज
ui-if-lost-title = आज कार्ड हरायो भने
# Nepali puts "by" after the date, so this lead ends with a colon before the date.
ui-if-lost-lead = नयाँ कार्डका लागि आवेदन दिने अन्तिम दिन:

ui-triage-progress = { $total } मध्ये प्रश्न { $number }
ui-triage-abroad-return = तपाईं जापान फर्केको दिन
ui-triage-date-label = मिति
ui-triage-see-plan = मेरो योजना देखाउनुहोस्

ui-case-title-lost = हराएको रेसिडेन्स कार्ड
ui-case-title-stolen = चोरी भएको रेसिडेन्स कार्ड
ui-case-title-destroyed = विपद्, आगलागी वा दुर्घटनामा नष्ट भएको कार्ड
ui-case-title-damaged = बिग्रिएको कार्ड
ui-case-title-exchange = कार्ड साट्ने
ui-case-title-old-card = फिर्ता गर्नुपर्ने पुरानो कार्ड

ui-deadline-title = आवेदनको म्याद
ui-legal-last-day = कानुनी अन्तिम दिन
ui-recommended-day = जान सबैभन्दा सुरक्षित दिन (14औँ दिनसम्मको अन्तिम कार्यालय खुला दिन)
ui-days-left = { $days ->
    [one] 1 दिन बाँकी
   *[other] { $days } दिन बाँकी
}
ui-due-today = आज अन्तिम दिन हो
ui-days-late = { $days ->
    [one] म्याद नाघेको 1 दिन
   *[other] म्याद नाघेको { $days } दिन
}
ui-done-on = { $on } मा सम्पन्न
ui-no-deadline = कानुनले यो केसका लागि कुनै म्याद तोकेको छैन।
ui-next-step = अर्को चरण
ui-plan-title = तपाईंको योजना
ui-checklist-title = लैजानुपर्ने कुरा
ui-only-if-asked = कार्यालयले मागेमा मात्र
ui-fee-title = शुल्क
ui-penalty-title = आवेदन नदिए के हुन्छ
ui-notes-title = जानिराख्नुहोस्
ui-source = स्रोत
ui-as-of = जानकारी मिति
ui-confidence-law = कानुनको पाठ वा आधिकारिक पृष्ठ
ui-confidence-secondary = वकिल र विश्वविद्यालयहरूले उद्धृत गरेको आधिकारिक पृष्ठ
ui-confidence-unconfirmed = पुष्टि भएको छैन

ui-police-card-button = प्रहरीलाई देखाउनुहोस्
ui-police-title = प्रहरी अधिकारीका लागि
ui-police-lead = यो स्क्रिन प्रहरी अधिकारीलाई देखाउनुहोस्।

ui-report-title = तपाईंको प्रहरी उजुरी
ui-report-lead = प्रहरीले दिएको कुरा लेख्नुहोस्। नम्बर तपाईंका कागजहरूमा राखिन्छ।
ui-report-kind = प्रकार
ui-report-kind-loss = हराएको उजुरी (遺失届)
ui-report-kind-theft = चोरीको उजुरी (盗難届)
ui-report-kind-disaster = विपद् प्रमाणपत्र (罹災証明書)
ui-report-station = प्रहरी चौकी वा कार्यालय
ui-report-date = उजुरी दिएको मिति
ui-report-number = स्वीकृति नम्बर (受理番号)
ui-report-save = सेभ गर्नुहोस्
ui-saved = सेभ भयो।

ui-applied-button = मैले आवेदन दिएँ
ui-delete-case = यो केस मेटाउनुहोस्
ui-delete-confirm = यो केस र यसभित्रका सबै कुरा मेटाउने? यसलाई फेरि फर्काउन सकिँदैन।
