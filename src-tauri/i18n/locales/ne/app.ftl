# Errors of the app's commands.
# $what is an id from the app ("case"), translated here.

err-app-not-found = यो { $what ->
    [case] केस
   *[other] { $what }
} अब छैन। कृपया पछाडि गएर फेरि प्रयास गर्नुहोस्।
err-app-device = यस उपकरणमा केही कुराले काम गरेन। केही पनि परिवर्तन गरिएको छैन।
err-app-bad-input = एपले प्रयोग गर्न नसकिने इनपुट पायो। केही पनि परिवर्तन गरिएको छैन।
err-app-unknown-language = यो भाषा उपलब्ध छैन।
err-app-triage-incomplete = कृपया पहिले सबै प्रश्नको जवाफ दिनुहोस्।
err-app-station-empty = कृपया उजुरी कहाँ दिनुभयो लेख्नुहोस्।
err-app-country-empty = कृपया उजुरी दिएको देशको नाम लेख्नुहोस्।
err-app-report-date-empty = कृपया उजुरी दिएको दिन लेख्नुहोस्।
err-app-report-kind-not-this-case = यस प्रकारको उजुरी यो केससँग मिल्दैन। कृपया फेरि छान्नुहोस्।
err-app-report-needed = यो केसका लागि, कृपया पहिले हराएको वा चोरी भएको कुरा प्रहरीमा उजुरी गर्नुहोस्: बयानका लागि उजुरी चाहिन्छ।
# $max = the longest name accepted.
err-app-place-too-long = ठाउँको नाम धेरै लामो भयो (एउटै लाइनमा, बढीमा { $max } अक्षर)।
err-app-reentry-not-this-case = जापान फर्केको दिन हराएको, चोरी भएको वा नष्ट भएको कार्डका लागि मात्र गनिन्छ।
err-app-found-not-this-case = हराएको वा चोरी भएको, र सट्टामा नयाँ कार्ड जारी नभएको कार्डलाई मात्र “भेटियो” भनेर चिन्ह लगाउन सकिन्छ।
