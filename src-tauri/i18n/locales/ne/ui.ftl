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
ui-triage-date-label = मिति
ui-triage-see-plan = मेरो योजना देखाउनुहोस्

ui-case-title-lost = हराएको रेसिडेन्स कार्ड
ui-case-title-stolen = चोरी भएको रेसिडेन्स कार्ड
ui-case-title-destroyed = विपद् वा आगलागीमा नष्ट भएको कार्ड
ui-case-title-destroyed-by-accident = दुर्घटनामा नष्ट भएको कार्ड
ui-case-title-found-again = तपाईंको कार्ड फेरि भेटियो
ui-case-title-damaged = बिग्रिएको कार्ड
ui-case-title-exchange = कार्ड साट्ने
ui-case-title-old-card = फिर्ता गर्नुपर्ने पुरानो कार्ड

ui-deadline-title = आवेदनको म्याद
ui-legal-last-day = कानुनी अन्तिम दिन
ui-recommended-day = ढिलोमा यो दिनसम्म जानुहोस्
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
ui-next-step = अर्को चरण
ui-plan-title = तपाईंको योजना
ui-checklist-title = लैजानुपर्ने कुरा
ui-only-if-asked = कार्यालयले मागेमा मात्र
ui-fee-title = शुल्क
ui-penalty-title = आवेदन नदिए के हुन्छ
ui-penalty-show = म्याद नाघ्यो भने के हुन्छ?
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
ui-report-kind-abroad = विदेशमा प्रहरीलाई दिएको उजुरी
ui-report-where = तपाईंले कहाँ उजुरी दिनुभयो?
ui-report-country = देश
ui-report-police-abroad = प्रहरी (कागजमा लेखिएअनुसार चौकी वा कार्यालय)
ui-report-number-abroad = उजुरी नम्बर, कागजमा छ भने
ui-report-not-reported = मैले प्रहरीमा उजुरी दिइनँ, र दिने छैन
ui-report-not-reported-help = घरमा हराएको कार्ड, वा विदेशमा हराएको र त्यहाँ उजुरी नदिइएको कार्डका लागि यो छान्न सकिन्छ। बयानमा उजुरी नदिइएको कुरा र त्यसको कारण उल्लेख हुन्छ; काउन्टरमा पनि व्याख्या गर्नुहोस्।
ui-report-station = प्रहरी चौकी वा कार्यालय
ui-report-date = उजुरी दिएको मिति
ui-report-number = स्वीकृति नम्बर (受理番号)
ui-report-not-accepted = प्रहरीले मेरो उजुरी स्वीकार गरेन
ui-report-not-accepted-help = प्रहरीले उजुरी लिन मानेन भने यसमा टिक लगाउनुहोस् (जस्तै घरमा हराएको कार्डका लागि)। कहाँ र कहिले सोध्नुभयो लेख्नुहोस्; बयानमा त्यो उल्लेख हुन्छ।
ui-report-save = सेभ गर्नुहोस्
ui-saved = सेभ भयो।

ui-applied-button = मैले आवेदन दिएँ
ui-found-button = मैले आफ्नो कार्ड भेट्टाएँ
ui-found-undo = भेटिएको रहेनछ? रद्द गर्नुहोस्
ui-reentry-title = जापान फर्किसक्नुभयो?
ui-reentry-offer = के तपाईंले विदेशमा हुँदा कार्ड हराएको थाहा पाउनुभएको हो?
ui-reentry-lead = तपाईं फर्केको दिन लेख्नुहोस्: तपाईंको 14 दिन त्यसको भोलिपल्टदेखि गनिन्छ।
ui-reentry-date = तपाईं जापान फर्केको दिन
ui-reentry-save = दिन सेभ गर्नुहोस्
ui-return-by-title = जापान फर्किसक्नुपर्ने अन्तिम दिन
ui-return-by-lead = थाहा छ भने, आफ्नो पुनः प्रवेश अनुमतिको अन्तिम दिन लेख्नुहोस्: विशेष पुनः प्रवेश अनुमति (みなし再入国) का लागि, तपाईंले जापान छाडेको दिनको एक वर्षपछि, वा तपाईंको बसाइ अवधि त्योभन्दा पहिले सकिन्छ भने बसाइ अवधिको अन्त्य (विशेष स्थायी बासिन्दाका लागि: उनीहरूले जापान छाडेको दिनको दुई वर्षपछि); पुनः प्रवेश अनुमति (再入国許可) का लागि, राहदानीमा लेखिएको मिति। हामी त्यसको 30, 7 र 1 दिनअघि तपाईंलाई सम्झाउनेछौँ।
ui-return-by-date = मेरो पुनः प्रवेश अनुमतिको अन्तिम दिन
ui-return-by-save = सेभ गर्नुहोस्
ui-leaving-title = छिट्टै विदेश जाँदै हुनुहुन्छ?
ui-leaving-lead = नयाँ कार्ड पाउनुअघि जापान छाड्दा तपाईंको आवासीय स्थिति (भिसा) समाप्त हुन सक्छ। यात्रा गर्ने योजना छ भने हामीलाई बताउनुहोस्: त्यसपछि योजनामा चेतावनी सबैभन्दा माथि देखिन्छ।
ui-leaving-set = म छिट्टै जापान छाड्ने योजनामा छु
ui-leaving-unset = अब मेरो छिट्टै जापान छाड्ने योजना छैन
ui-delete-case = यो केस मेटाउनुहोस्
ui-delete-confirm = यो केस र यसभित्रका सबै कुरा मेटाउने? यसलाई फेरि फर्काउन सकिँदैन।

## A file the app saved (the papers, a copy of the data, the reminders): open, share, where it is

ui-file-open = खोल्नुहोस्
ui-file-share = सेयर वा प्रिन्ट गर्नुहोस्
ui-open-done = फाइल अर्को एपमा खुलेको छ।
ui-share-done = सेयर गरियो।
ui-share-cancelled = सेयर गरिएन: सेयर गर्ने विन्डो बन्द गरियो।
ui-share-shown = सेयर गर्ने विन्डो खुला छ: फाइल कहाँ पठाउने छान्नुहोस्, वा प्रिन्ट गर्नुहोस्।
# $path = where the file is, as the device shows it.
ui-place-path = { $path }
# $folder, $name = the folder under Downloads and the file's name (Android).
ui-place-android-downloads = Downloads › { $folder } › { $name }
# $name = the file's name; the rest names the Files app's places on an iPhone.
ui-place-ios-files = Files › On My iPhone › Zairyu Card Helper › { $name }

## The 14 days on a calendar (the dashboard and the papers' summary page)

ui-cal-caption = { $from } पछिका 14 दिन (त्यो दिन आफैँ गनिँदैन); अन्तिम दिन { $last } हो।
ui-cal-month = { $year } { $month }
ui-cal-day-n = 14 मध्ये दिन { $n }
ui-cal-closed-weekend = सप्ताहान्त: सरकारी कार्यालयहरू बन्द
ui-cal-closed-holiday = राष्ट्रिय बिदा { $name }: सरकारी कार्यालयहरू बन्द
ui-cal-closed-year-end = वर्षान्त र नयाँ वर्षको बिदा (डिसेम्बर 29 – जनवरी 3): सरकारी कार्यालयहरू बन्द
ui-cal-legend-count-start = गन्न सुरु गर्ने दिन (यो दिन गनिँदैन)
ui-cal-legend-in-window = 14 दिनमध्ये एक दिन
ui-cal-legend-closed = सरकारी कार्यालयहरू बन्द
ui-cal-legend-today = आज
ui-cal-legend-recommended = ढिलोमा यो दिनसम्म जानुहोस्
ui-cal-legend-last-day = कानुनी अन्तिम दिन
ui-cal-closed-title = बन्द हुने दिनहरू
ui-open-days-left = { $count ->
    [0] बाँकी दिनहरूमध्ये कुनै पनि दिन अध्यागमन कार्यालय खुला हुँदैन।
    [one] बाँकी दिनहरूमध्ये 1 दिन अध्यागमन कार्यालय खुला हुन्छ (आजसहित)।
   *[other] बाँकी दिनहरूमध्ये { $count } दिन अध्यागमन कार्यालय खुला हुन्छ (आजसहित)।
}
