# The triage questions (domain: triage.rs) and the police-box phrases (domain: police_phrases.rs).

triage-incident-title = तपाईंको कार्डलाई के भयो?
triage-incident-help = सबैभन्दा मिल्दो जवाफ छान्नुहोस्। तपाईं पछाडि गएर यसलाई बदल्न सक्नुहुन्छ।
triage-incident-lost = मैले बाहिर हराएँ, वा कहाँ हरायो थाहा छैन
triage-incident-lost-at-home = घरमै कतै हराएको छ
triage-incident-stolen = चोरी भयो
triage-incident-destroyed = विपद् वा आगलागीमा नष्ट भयो (जल्यो)
triage-incident-destroyed-by-accident = दुर्घटनामा नष्ट भयो (धोइयो, भाँचियो): कार्ड छैन वा टुक्रा मात्र बाँकी छन्। कार्ड अझै तपाईंसँग छ भने, “बिग्रियो” छान्नुहोस्
triage-incident-damaged = बिग्रियो वा फोहोर भयो, वा चिपले काम गर्दैन
triage-incident-exchange = म यसलाई साट्न चाहन्छु (आफ्नै इच्छाले)
triage-incident-found-again = मैले आफ्नो कार्ड फेरि भेट्टाएँ (मसँग अझै नयाँ कार्ड छैन)
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
triage-found-again-help = तपाईंको कार्ड अझै मान्य छ। अब गर्न बाँकी एक-दुई काम हामी बताउँछौँ।

triage-birth-date-title = कार्डधारीको जन्म कहिले भएको हो?
triage-birth-date-help = 16 वर्षभन्दा कम उमेरका बच्चालाई फोटो चाहिँदैन, र परिवारको सदस्यले उनीहरूका लागि आवेदन दिन्छन्।

triage-passport-title = के तपाईं कार्यालयमा आफ्नो राहदानी देखाउन सक्नुहुन्छ?
triage-passport-help = सक्नुहुन्न भने, छोटो कारण-पत्र (理由書) लेख्नुहोस् र अर्को परिचयपत्र लिएर जानुहोस्।
triage-passport-yes = सक्छु
triage-passport-gone-too = सक्दिनँ, कार्डसँगै हरायो वा चोरी भयो
triage-passport-no = सक्दिनँ, अर्को कारणले (जस्तै मेरो दूतावासमा छ)

police-phrase-lost = मैले मेरो रेसिडेन्स कार्ड हराएँ। म हराएको उजुरी दर्ता गर्न चाहन्छु।
police-phrase-stolen = मेरो रेसिडेन्स कार्ड चोरी भयो। म चोरीको उजुरी दर्ता गर्न चाहन्छु।
police-phrase-number = अध्यागमनमा पुनः जारीको आवेदनका लागि मलाई स्वीकृति नम्बर चाहिन्छ। कृपया मलाई नम्बर बताउनुहोस्।
police-phrase-slowly = म जापानी भाषा धेरै बोल्न सक्दिनँ। कृपया बिस्तारै बोल्नुहोस्।

triage-whereabouts-title = थाहा पाउँदा तपाईं कहाँ हुनुहुन्थ्यो, र अहिले कहाँ हुनुहुन्छ?
triage-whereabouts-help = 14 दिन तपाईं जापानमा भएको कुनै दिनदेखि सुरु हुन्छ। रेसिडेन्स कार्डबिना जापान छाड्दा तपाईंको आवासीय स्थिति (भिसा) समाप्त हुन सक्छ, त्यसैले यात्रा गर्ने योजना छ भने हामीलाई बताउनुहोस्।
triage-whereabouts-in-japan = म जापानमै थिएँ, र जापानमै बस्दैछु
triage-whereabouts-leaving-soon = म जापानमै थिएँ, तर अबको केही हप्ताभित्र जापान छाड्ने योजना छ
triage-whereabouts-back-in-japan = मैले विदेशमा थाहा पाएँ, र अहिले जापान फर्किसकेको छु
triage-whereabouts-return-date = तपाईं जापान फर्केको दिन
triage-whereabouts-abroad-now = मैले विदेशमा थाहा पाएँ, र म अझै विदेशमै छु

triage-applicant-title = अध्यागमन कार्यालयमा को जानुहुन्छ?
triage-applicant-help = प्रायः तपाईं आफैँ जानुहुन्छ। तपाईं बिरामी हुनुहुन्छ भने, वा तपाईंले अनुरोध गर्नुभयो भने, तपाईंसँगै बस्ने परिवारको सदस्य तपाईंको तर्फबाट जान सक्नुहुन्छ।
triage-applicant-holder = म आफैँ जान्छु
triage-applicant-relative-ill = मसँगै बस्ने परिवारको सदस्य (म बिरामी छु वा अस्पतालमा छु)
triage-applicant-relative-request = मसँगै बस्ने परिवारको सदस्य, मैले अनुरोध गरेकाले
triage-applicant-agent = वकिल, 行政書士 वा अर्को दर्ता भएको एजेन्ट (申請取次者)
triage-applicant-ill-other = म बिरामी छु वा अस्पतालमा छु, र मसँगै बस्ने परिवारको कुनै सदस्य छैन: अरू कोही (कार्यालयले सहमति दिनुपर्छ)
triage-applicant-ill-no-one = म बिरामी छु वा अस्पतालमा छु, र मेरो तर्फबाट जान सक्ने कोही अझै छैन
triage-applicant-child-title = बच्चाको तर्फबाट कार्यालयमा को जानुहुन्छ?
triage-applicant-child-help = 16 वर्षभन्दा कम उमेरका बच्चाले आफैँ आवेदन दिँदैनन्। बच्चासँगै बस्ने 16 वर्ष वा सोभन्दा माथिको परिवारको सदस्यले बच्चाको तर्फबाट आवेदन दिनुपर्छ।
triage-applicant-child-relative = बच्चासँगै बस्ने 16 वर्ष वा सोभन्दा माथिको परिवारको सदस्य
triage-applicant-child-other = अरू कोही: अन्यत्र बस्ने आमाबुबा वा कानुनी अभिभावक, परिवारको अर्को सदस्य, वा बच्चासँगै बस्ने कोही (कार्यालयले सहमति दिनुपर्छ)
triage-applicant-child-no-one = यीमध्ये अहिलेसम्म कोही छैन
