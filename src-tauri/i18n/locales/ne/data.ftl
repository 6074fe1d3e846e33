# The "Your data" screen: export, import with a preview, delete all.
# The counts are written as "label number", so no plural selector is needed.

ui-data-button = तपाईंको डाटा
ui-data-title = तपाईंको डाटा
ui-data-lead = तपाईंले भरेका सबै कुरा यही उपकरणमा रहन्छन्। तपाईं कपी सेभ गर्न, कपी फर्काउन वा सबै मेटाउन सक्नुहुन्छ।
ui-export-button = कपी सेभ गर्नुहोस् (एक्सपोर्ट)
ui-export-done = कपी यहाँ सेभ भयो: { $path }
ui-import-label = कपी फर्काउनुहोस् (इम्पोर्ट)
ui-import-preview = यो कपीमा — नयाँ: { $added }, बदलिएका: { $changed }, नबदलिएका: { $unchanged }। "बदल्नुहोस्" रोज्नुभयो भने कपीमा नभएका कुरा पनि मेटिन्छन्: { $removed }।
ui-import-merge = भएकोसँग मिलाउनुहोस्
ui-import-replace = भएकोलाई बदल्नुहोस्
ui-import-done = कपी इम्पोर्ट भयो।
ui-delete-all = मेरो सबै डाटा मेटाउनुहोस्
ui-delete-all-confirm = यो एपले यस उपकरणमा राखेका सबै कुरा मेटाउने? यसलाई फेरि फर्काउन सकिँदैन।
ui-delete-all-done = तपाईंको सबै डाटा मेटियो।

## A copy protected by a passphrase (age encryption)

ui-export-passphrase = कपीको पासफ्रेज (ऐच्छिक)
ui-export-passphrase-help = पासफ्रेज राख्नुभयो भने कपी इन्क्रिप्ट हुन्छ (.age फाइल) र त्यही पासफ्रेजले मात्र खुल्छ। पासफ्रेज बिर्सनुभयो भने कपी खोल्न सकिँदैन।
ui-export-plain-warning = पासफ्रेज नराखे कपी इन्क्रिप्ट हुँदैन: फाइल पाउने जो कोहीले पनि तपाईंको विवरण पढ्न सक्छ।
ui-import-passphrase = यो कपीको पासफ्रेज
ui-import-encrypted = यो कपी इन्क्रिप्ट गरिएको छ। यसको पासफ्रेज लेख्नुहोस्, अनि “खोल्नुहोस्” थिच्नुहोस्।
ui-import-open = खोल्नुहोस्
err-import-passphrase-needed = यो कपी इन्क्रिप्ट गरिएको छ: यसको पासफ्रेज लेख्नुहोस्। केही पनि परिवर्तन गरिएको छैन।
err-import-passphrase-wrong = यो पासफ्रेजले कपी खुल्दैन। जाँचेर फेरि प्रयास गर्नुहोस्। केही पनि परिवर्तन गरिएको छैन।
err-import-encrypted-damaged = यो इन्क्रिप्ट गरिएको कपी बिग्रिएको वा अधुरो छ, त्यसैले खोल्न सकिँदैन। केही पनि परिवर्तन गरिएको छैन।
err-export-encrypt = कपी इन्क्रिप्ट गर्न सकिएन। केही पनि सेभ गरिएको छैन।
