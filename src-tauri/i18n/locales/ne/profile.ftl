# Profile errors (zairyu_domain::profile::ProfileError::text). $field is a field id.
# `profile-field` is referenced by the messages below and resolves with their arguments ($field).
profile-field = { $field ->
    [nationality] राष्ट्रियता वा क्षेत्र
    [birth-date] जन्म मिति
    [family-name] थर
    [given-name] नाम
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
   *[other] { $field }
}

err-profile-empty = कृपया “{ profile-field }” भर्नुहोस्।
err-profile-too-long = “{ profile-field }” { $len } अक्षर लामो छ; फारममा बढीमा { $max } अक्षर मात्र अट्छन्।
err-profile-bad-character = “{ profile-field }” मा “{ $character }” छ, जुन यसमा राख्न मिल्दैन।
err-profile-not-passport-letter = “{ profile-field }” मा “{ $character }” छ। आफ्नो नाम राहदानीको मेसिनले पढ्ने भाग (फोटो भएको पानाको तलका दुई लाइन) मा जस्तै लेख्नुहोस्: A–Z अक्षरहरू मात्र, चिन्हहरू (accent) बिना।
err-profile-name-separator = “{ profile-field }” को सुरु वा अन्त्यमा खाली ठाउँ, हाइफन वा apostrophe छ, वा दुईवटा सँगसँगै छन्।
err-profile-card-number = “{ $value }” रेसिडेन्स कार्ड नम्बर होइन। यसमा 12 अक्षर हुन्छन्: 2 अक्षर, 8 अङ्क, 2 अक्षर, जस्तै AB12345678CD।
err-profile-phone = “{ profile-field }” फोन नम्बर जस्तो देखिँदैन (6 देखि 15 अङ्क)।
err-profile-birth-date-future = “{ profile-field }” ({ $date }) भविष्यमा छ।
err-profile-birth-date-too-early = “{ profile-field }” ({ $date }) सन् 1900 भन्दा अघि छ।
