# Papers errors (zairyu_domain::papers::PaperError::text). $field is a field id.
# `paper-field` is referenced by the messages below and resolves with their arguments ($field).
paper-field = { $field ->
    [nationality] राष्ट्रियता वा क्षेत्र
    [family-name] थर
    [given-name] नाम
    [name] नाम
    [kanji-name] कान्जीमा नाम
    [address] जापानको ठेगाना
    [card-number] रेसिडेन्स कार्ड नम्बर
    [phone] फोन नम्बर
    [representative-name] कानुनी प्रतिनिधिको नाम
    [representative-relationship] कानुनी प्रतिनिधिसँग तपाईंको नाता
    [representative-address] कानुनी प्रतिनिधिको ठेगाना
    [representative-phone] कानुनी प्रतिनिधिको फोन नम्बर
    [agent-name] एजेन्ट (取次者) को नाम
    [agent-address] एजेन्ट (取次者) को ठेगाना
    [agent-organisation] एजेन्ट (取次者) को संस्था
    [agent-phone] एजेन्ट (取次者) को फोन नम्बर
    [agent-birth-date] तपाईंको तर्फबाट जाने व्यक्तिको जन्म मिति
    [loss-place-name] कार्ड हराएको ठाउँ
    [loss-how] कार्ड कसरी हरायो
    [loss-detail] के भयो भन्ने विवरण
    [reentered-on] तपाईं जापान फर्केको दिन
    [police-station] प्रहरी चौकी
    [country] उजुरी दिएको देश
    [acceptance-number] स्वीकृति नम्बर
    [late-detail] ढिलाइबारे तपाईंका आफ्नै शब्द
    [late-illness-place] अस्पताल
    [late-illness-from] बिरामी भएको वा अस्पतालमा बसेको पहिलो दिन
    [late-illness-until] बिरामी भएको वा अस्पतालमा बसेको अन्तिम दिन
    [late-abroad-place] तपाईं रहेको देश
    [late-abroad-from] विदेशमा रहेको पहिलो दिन
    [late-abroad-until] विदेशमा रहेको अन्तिम दिन
    [late-disaster] विपद्
    [passport-detail] राहदानीबारे तपाईंका आफ्नै शब्द
    [birth-date] जन्म मिति
    [activity-permit] स्थितिबाहिरको गतिविधि अनुमति
    [learned-on] हराएको थाहा भएको दिन
    [loss-date] हराएको दिन
    [reported-on] प्रहरीमा उजुरी दिएको दिन
   *[other] { $field }
}

err-paper-missing-glyph = “{ paper-field }” मा “{ $character }” ({ $codepoint }) छ, जुन कागजमा छाप्न सकिँदैन। कृपया यसलाई हटाउनुहोस् वा अर्को तरिकाले लेख्नुहोस्।
err-paper-empty = कृपया “{ paper-field }” भर्नुहोस्।
err-paper-does-not-fit = “{ paper-field }” कागजमा अट्न धेरै लामो छ। कृपया छोटो बनाउनुहोस्।
err-paper-too-long = “{ paper-field }” { $len } अक्षर लामो छ; कागजमा बढीमा { $max } अक्षर मात्र अट्छन्।
err-paper-control-character = “{ paper-field }” मा लाइन ब्रेक वा अर्को नदेखिने अक्षर छ। कृपया एउटै लाइनमा लेख्नुहोस्।
err-paper-not-this-procedure = यी कागजहरू हराएको, चोरी भएको वा नष्ट भएको कार्डका लागि हुन्। बिग्रिएको कार्ड, कार्ड साट्ने वा भेटिएको पुरानो कार्डका लागि अरू कागजहरू चाहिन्छन्।
err-paper-missing-loss-statement = कार्ड कहिले, कहाँ र कसरी हरायो भन्ने जवाफ दिनुहोस्: बयानका लागि यो चाहिन्छ।
err-paper-missing-police-report = कृपया पहिले आफ्नो केसको पानामा प्रहरी उजुरीको विवरण लेख्नुहोस्: प्रहरी चौकी, मिति र स्वीकृति नम्बर (वा प्रहरीले उजुरी स्वीकार नगरेको कुरा)।
err-paper-card-found-again = तपाईंको कार्ड फेरि भेटियो, त्यसैले कुनै कागज चाहिँदैन।
err-paper-does-not-fit-case = “{ paper-field }” कार्डलाई जे भयो त्यससँग मिल्दैन। कृपया फेरि छान्नुहोस्।
err-paper-missing-relative = अख्तियारनामाका लागि तपाईंको तर्फबाट जाने आफन्तको विवरण चाहिन्छ: व्यक्तिको विवरण खोल्नुहोस्, एजेन्ट (取次者) भागमा टिक लगाउनुहोस् र उहाँको नाम, नाता, ठेगाना र फोन नम्बर लेख्नुहोस्।

paper-advice-abroad-reentry = तपाईंले “थाहा पाएपछि म विदेशमा थिएँ” छान्नुभयो। यदि विदेशमै हुँदा तपाईंले कार्ड हराएको थाहा पाउनुभएको हो भने, तपाईंको 14 दिन जापान फर्केको दिनको भोलिपल्टदेखि गनिन्छ: त्यो दिन आफ्नो केसको पानामा लेख्नुहोस्, सायद तपाईं ढिलो हुनुभएकै छैन।
paper-advice-kanji-name = फारममा कान्जीमा नाम लेख्ने पङ्क्ति छैन। कार्डमा कान्जी नाम छाप्न चाहनुहुन्छ भने, कार्यालयमा छुट्टै अनुरोध फारम (在留カード漢字氏名表記申出書) बुझाउनुहोस्।
paper-advice-card-number-blank = फारममा कार्ड नम्बर खाली छोडिएको छ। भेट्टाउनुभयो भने लेख्नुहोस् (माग्नुभयो भने 住民票 मा यो देखाउन सकिन्छ)। प्रायः कार्यालयले यो पत्ता लगाउन सक्छ (पुष्टि भएको छैन): नम्बर देखिने जुनसुकै कुरा लिएर जानुहोस्।
paper-advice-relative-block = तपाईंको तर्फबाट जाने आफन्तको नाम फारमको एजेन्ट (取次者) भागमा लेखिनुपर्छ: व्यक्तिको विवरण खोल्नुहोस् र त्यहाँ उहाँको विवरण, तपाईंसँगको नातासहित, लेख्नुहोस्।
err-paper-missing-late-reasons = म्याद नाघिसकेको छ। आवेदन किन ढिलो भयो छान्नुहोस्: यो कारण-पत्रमा राखिन्छ। तपाईं अझै आवेदन दिन सक्नुहुन्छ।
err-paper-missing-passport-reasons = राहदानी किन देखाउन सक्नुहुन्न छान्नुहोस्: यो कारण-पत्रमा राखिन्छ।
err-paper-inconsistent = “{ paper-field }” तपाईंको प्रोफाइल र तपाईंको केसमा फरक छ। कृपया दुवै जाँच गर्नुहोस्।
err-paper-impossible-date = “{ paper-field }” सही हुन सक्दैन। कृपया मिति जाँच गर्नुहोस्।
err-paper-pdf = कागजहरू बनाउन सकिएन ({ $detail })। यो एपको त्रुटि (bug) हो; कृपया यसको जानकारी दिनुहोस्।
