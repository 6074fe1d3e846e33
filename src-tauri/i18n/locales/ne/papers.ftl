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
    [loss-place-name] कार्ड हराएको ठाउँ
    [police-station] प्रहरी चौकी
    [acceptance-number] स्वीकृति नम्बर
    [late-detail] ढिलाइको विवरण
    [passport-detail] राहदानीको विवरण
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
err-paper-missing-police-report = कृपया पहिले प्रहरी उजुरीको विवरण लेख्नुहोस्: प्रहरी चौकी, मिति र स्वीकृति नम्बर।
err-paper-missing-late-reasons = म्याद नाघिसकेको छ। आवेदन किन ढिलो भयो छान्नुहोस्: यो कारण-पत्रमा राखिन्छ। तपाईं अझै आवेदन दिन सक्नुहुन्छ।
err-paper-missing-passport-reasons = राहदानी किन देखाउन सक्नुहुन्न छान्नुहोस्: यो कारण-पत्रमा राखिन्छ।
err-paper-inconsistent = “{ paper-field }” तपाईंको प्रोफाइल र तपाईंको केसमा फरक छ। कृपया दुवै जाँच गर्नुहोस्।
err-paper-impossible-date = “{ paper-field }” सही हुन सक्दैन। कृपया मिति जाँच गर्नुहोस्।
err-paper-pdf = कागजहरू बनाउन सकिएन ({ $detail })। यो एपको त्रुटि (bug) हो; कृपया यसको जानकारी दिनुहोस्।
