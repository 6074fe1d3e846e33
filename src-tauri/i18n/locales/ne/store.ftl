# The records store (crate zairyu-store): what happened when the records were opened, and its
# errors. Ids are stable: they come from LoadReport::message_id, SetAside::message_id and
# StoreError::message_id.

## Opening the records (LoadReport)

# First start: nothing saved yet.
store-load-fresh-start = अहिलेसम्म कुनै रेकर्ड सेभ गरिएको छैन। तपाईंले लेख्ने सबै कुरा यही उपकरणमा राखिन्छ।
# The records were opened normally.
store-load-loaded = तपाईंका रेकर्डहरू खोलिए।
# The records were saved by an older version of the app and were updated.
store-load-migrated = तपाईंका रेकर्डहरू खोलिए र एपको यो संस्करणका लागि अद्यावधिक गरिए।
# The records file was missing; the previous saved version was used.
store-load-recovered-missing = तपाईंको रेकर्ड फाइल भेटिएन, त्यसैले पहिले सेभ गरिएको संस्करण खोलियो। तपाईंको पछिल्लो परिवर्तन छुटेको हुन सक्छ: कृपया जाँच गर्नुहोस्।
# The records file could not be read; the previous saved version was used.
store-load-recovered = तपाईंको रेकर्ड फाइल पढ्न सकिएन, त्यसैले पहिले सेभ गरिएको संस्करण खोलियो। तपाईंको पछिल्लो परिवर्तन छुटेको हुन सक्छ: कृपया जाँच गर्नुहोस्। पढ्न नसकिएको फाइल मेटाइएको छैन, राखिएको छ।
# The records file was made by a newer version of the app; the previous saved version was used.
store-load-recovered-newer = तपाईंका रेकर्डहरू यस एपको नयाँ संस्करणले सेभ गरेका हुन्, जसलाई यो संस्करणले खोल्न सक्दैन। त्यसको सट्टा पहिले सेभ गरिएको संस्करण खोलियो। कृपया एप अद्यावधिक गर्नुहोस्; नयाँ फाइल मेटाइएको छैन, राखिएको छ।
# Neither the records file nor the previous version could be read.
store-load-started-empty = तपाईंका सेभ गरिएका रेकर्डहरू पढ्न सकिएन, त्यसैले एप खाली सुरु भयो। पढ्न नसकिएका फाइलहरू मेटाइएका छैनन्, राखिएका छन्।
# The saved records were made by a newer version of the app and there is nothing older to open.
store-load-started-empty-newer = तपाईंका रेकर्डहरू यस एपको नयाँ संस्करणले सेभ गरेका हुन्, जसलाई यो संस्करणले खोल्न सक्दैन, त्यसैले एप खाली सुरु भयो। कृपया एप अद्यावधिक गर्नुहोस्; तपाईंका रेकर्डहरू मेटाइएका छैनन्, राखिएका छन्।

## One file set aside (SetAside). Variables: $file (its name), $kept_as (its name in the
## "quarantine" folder next to it).

store-set-aside-newer = { $file } एपको नयाँ संस्करणले बनाएको हो। यसलाई quarantine फोल्डरमा { $kept_as } नामले राखिएको छ।
store-set-aside-empty = { $file } खाली थियो। यसलाई quarantine फोल्डरमा { $kept_as } नामले राखिएको छ।
store-set-aside-truncated = { $file } अधुरो छ, सम्भवतः सेभ गर्दा बीचमै रोकिएकाले। यसलाई quarantine फोल्डरमा { $kept_as } नामले राखिएको छ।
store-set-aside-too-large = { $file } सुरक्षित रूपमा खोल्न धेरै ठूलो थियो। यसलाई quarantine फोल्डरमा { $kept_as } नामले राखिएको छ।
store-set-aside-damaged = { $file } बिग्रिएको थियो। यसलाई quarantine फोल्डरमा { $kept_as } नामले राखिएको छ।

## Errors (StoreError). Variables as named below.

# $file: the file or folder name.
err-store-io = एपले यस उपकरणमा { $file } प्रयोग गर्न सकेन।
# $file: the file or folder name.
err-store-io-permission = एपलाई यस उपकरणमा { $file } प्रयोग गर्ने अनुमति छैन।
# $file: the file or folder name.
err-store-io-full = { $file } सेभ गर्न यस उपकरणमा पर्याप्त खाली ठाउँ छैन।
# $file: the file or folder name.
err-store-io-read-only = { $file } परिवर्तन गर्न सकिँदैन: भण्डारण read-only छ।
# $file: the file or folder name.
err-store-io-not-found = { $file } भेटिएन।
# $file: the file name; $size and $limit: sizes in bytes.
err-store-too-large = { $file } धेरै ठूलो छ ({ $size } bytes; सीमा { $limit } bytes हो)।
# $name: the rejected name (a programming error, not the user's).
err-store-invalid-file-name = आन्तरिक त्रुटि: “{ $name }” रेकर्डहरूका लागि मान्य फाइल नाम होइन।
err-store-encode = तपाईंका रेकर्डहरू फेरि पढ्न सकिने रूपमा सेभ गर्न सकिएन। केही पनि परिवर्तन गरिएको छैन।
err-store-not-an-export = यो फाइल यस एपको export होइन।
# Variables available (unused in English): $found, the export's format version; $known, the newest this app knows.
err-store-export-newer = यो export एपको नयाँ संस्करणले बनाएको हो। यसलाई import गर्न कृपया एप अद्यावधिक गर्नुहोस्।
err-store-import-damaged = यो export फाइल बिग्रिएको छ र import गर्न सकिँदैन।
err-store-held-elsewhere = तपाईंका रेकर्डहरू यो एपको अर्को विन्डोमा खुला छन्, र त्यो विन्डोले मात्र तिनलाई बदल्न सक्छ। कृपया त्यही विन्डो प्रयोग गर्नुहोस्, वा दुवै बन्द गरेर एप फेरि खोल्नुहोस्। यहाँ केही पनि परिवर्तन भएको छैन।
