# The people screen: who the papers are for, with the fields of the application form.
# Labels follow the form's order (docs/rules.md §7). Messages without variables go to the UI as they are.

ui-people-title = यो कसका लागि हो?
ui-people-lead = कागजहरू यही विवरणबाट भरिन्छन्। आफ्नो रेसिडेन्स कार्ड र राहदानीमा जस्तो छ, त्यस्तै लेख्नुहोस्। यो यही उपकरणमा रहन्छ।
ui-people-add = व्यक्ति थप्नुहोस्
ui-people-edit = परिवर्तन गर्नुहोस्
ui-people-use = यो केसका लागि प्रयोग गर्नुहोस्
ui-people-in-use = यो केसका लागि प्रयोग भइरहेको
ui-people-none = अहिलेसम्म कोही छैन।
ui-person-title = व्यक्ति
ui-person-save = सेभ गर्नुहोस्
ui-person-delete = यो व्यक्ति मेटाउनुहोस्
ui-person-delete-confirm = यो व्यक्ति मेटाउने? उहाँका केसहरू रहन्छन्, तर कुनै व्यक्तिबिना।
ui-person-nationality = राष्ट्रियता वा क्षेत्र (国籍・地域)
ui-person-nationality-help = तपाईंको रेसिडेन्स कार्डमा लेखिएजस्तै, उदाहरणका लागि VIET NAM वा ベトナム।
ui-person-birth-date = जन्म मिति (生年月日)
ui-person-family-name = थर (Family name)
ui-person-given-name = नाम (Given name)
ui-person-name-help = राहदानीको फोटो भएको पानाको तलका दुई लाइनमा जस्तै, ठूला अक्षर A–Z मा लेख्नुहोस्।
ui-person-kanji-name = कान्जीमा नाम, तपाईंको कार्डमा छ भने (漢字氏名)
ui-person-sex = लिङ्ग (性別)
ui-person-sex-male = पुरुष (男)
ui-person-sex-female = महिला (女)
ui-person-address = जापानको ठेगाना (住居地)
ui-person-card-number = रेसिडेन्स कार्ड नम्बर (在留カード番号)
ui-person-card-number-help = 12 अक्षर: 2 अक्षर, 8 अङ्क, 2 अक्षर। थाहा छैन भने खाली छोड्नुहोस्: माग्नुभयो भने नगर कार्यालयबाट लिएको 住民票 मा यो देखाउन सकिन्छ, र तपाईंको रोजगारदाता वा विद्यालयसँग तपाईंको कार्डको कपी हुन सक्छ।
ui-person-activity-permit = मसँग स्थितिबाहिर काम गर्ने अनुमति छ (資格外活動許可)
ui-person-phone = फोन नम्बर (電話番号)
ui-person-representative = कानुनी प्रतिनिधिले यो भर्नुहुन्छ (法定代理人), जस्तै 16 वर्षभन्दा कम उमेरको बच्चाको अभिभावक
ui-person-agent = अरू कसैले बुझाउनुहुन्छ (取次者): वकिल वा 行政書士 जस्ता एजेन्ट, वा तपाईंको तर्फबाट जाने परिवारको सदस्य
ui-person-rep-name = प्रतिनिधिको नाम (氏名)
ui-person-rep-relationship = आवेदकसँगको नाता (本人との関係), जस्तै 父 / बुबा
ui-person-rep-address = प्रतिनिधिको ठेगाना (住所)
ui-person-rep-phone = प्रतिनिधिको फोन नम्बर (電話番号)
ui-person-agent-name = उहाँको नाम (氏名)
ui-person-agent-organisation = उहाँको संस्था, वा परिवारको सदस्य भए तपाईंसँगको नाता (所属機関等)
ui-person-agent-address = उहाँको ठेगाना (住所)
ui-person-agent-phone = उहाँको फोन नम्बर (電話番号)
ui-person-agent-birth-date = उहाँको जन्म मिति (生年月日)
ui-person-agent-birth-date-help = तपाईंको अनुरोधमा परिवारको सदस्य जानुहुन्छ भने अख्तियारनामा (委任状) का लागि चाहिन्छ; फारममा प्रिन्ट हुँदैन।
ui-person-saved = सेभ भयो। कागजहरूमा यही विवरण प्रयोग हुन्छ।

err-app-date-invalid = कृपया पूरा मिति लेख्नुहोस् (वर्ष, महिना र दिन)।
err-app-choice-invalid = कृपया विकल्पहरूमध्ये एउटा छान्नुहोस्।
