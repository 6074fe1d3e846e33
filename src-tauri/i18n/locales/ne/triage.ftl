# The triage questions (domain: triage.rs) and the police-box phrases (domain: police_phrases.rs).

triage-incident-title = तपाईंको कार्डलाई के भयो?
triage-incident-help = सबैभन्दा मिल्दो जवाफ छान्नुहोस्। तपाईं पछाडि गएर यसलाई बदल्न सक्नुहुन्छ।
triage-incident-lost = मैले हराएँ, वा भेट्टाउन सकिनँ
triage-incident-stolen = चोरी भयो
triage-incident-destroyed = नष्ट भयो (विपद्, आगलागी, दुर्घटना)
triage-incident-damaged = बिग्रियो वा फोहोर भयो, वा चिपले काम गर्दैन
triage-incident-exchange = म यसलाई साट्न चाहन्छु (आफ्नै इच्छाले)
triage-incident-old-card-found = नयाँ कार्ड पाएपछि मैले पुरानो कार्ड भेट्टाएँ

triage-card-title = कुन कार्ड हो?
triage-card-help = धेरैजसो मानिससँग रेसिडेन्स कार्ड (在留カード) हुन्छ।
triage-card-residence-card = रेसिडेन्स कार्ड (在留カード)
triage-card-special-permanent = विशेष स्थायी बासिन्दा प्रमाणपत्र (特別永住者証明書)
triage-card-specified = My Number सहितको रेसिडेन्स कार्ड (特定在留カード)

triage-learned-on-title = कार्ड हराएको कहिले थाहा पाउनुभयो?
triage-learned-on-help = 14 दिन यो दिनको भोलिपल्टदेखि गनिन्छ।
triage-found-on-title = पुरानो कार्ड कहिले भेट्टाउनुभयो?
triage-found-on-help = भेट्टाएको दिनदेखि 14 दिनभित्र यसलाई फिर्ता गर्नुपर्छ।

triage-abroad-title = थाहा पाउँदा तपाईं जापानबाहिर हुनुहुन्थ्यो?
triage-abroad-help = हो भने, 14 दिन तपाईं जापान फर्केको दिनदेखि सुरु हुन्छ।
triage-abroad-no = होइन, म जापानमै थिएँ
triage-abroad-yes = हो, म विदेशमा थिएँ

triage-birth-date-title = कार्डधारीको जन्म कहिले भएको हो?
triage-birth-date-help = 16 वर्षभन्दा कम उमेरका बच्चालाई फोटो चाहिँदैन, र परिवारको सदस्यले उनीहरूका लागि आवेदन दिन्छन्।

triage-passport-title = के तपाईं कार्यालयमा आफ्नो राहदानी देखाउन सक्नुहुन्छ?
triage-passport-help = सक्नुहुन्न भने, छोटो कारण-पत्र (理由書) लेख्नुहोस् र अर्को परिचयपत्र लिएर जानुहोस्।
triage-passport-yes = सक्छु
triage-passport-no = सक्दिनँ

police-phrase-lost = मैले मेरो रेसिडेन्स कार्ड हराएँ। म हराएको उजुरी दर्ता गर्न चाहन्छु।
police-phrase-stolen = मेरो रेसिडेन्स कार्ड चोरी भयो। म चोरीको उजुरी दर्ता गर्न चाहन्छु।
police-phrase-number = अध्यागमनमा पुनः जारीको आवेदनका लागि मलाई स्वीकृति नम्बर चाहिन्छ। कृपया मलाई नम्बर बताउनुहोस्।
police-phrase-slowly = म जापानी भाषा धेरै बोल्न सक्दिनँ। कृपया बिस्तारै बोल्नुहोस्।
