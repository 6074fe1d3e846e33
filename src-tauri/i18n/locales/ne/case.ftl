# The case: its deadline (zairyu-domain deadline.rs) and what can be wrong in it (validate.rs).
# Ids are stable. Dates ($deadline, $recommended, $on, …) are formatted by the catalog.

## Deadline to apply (入管法 第19条の12). $deadline = the legal last day.

# Before the last day. $days = days left (1 or more).
case-deadline-on-time = सकेसम्म छिटो जानुहोस्। अन्तिम दिन { $deadline } हो। { $days ->
    [one] तपाईंसँग अझै 1 दिन बाँकी छ।
   *[other] तपाईंसँग अझै { $days } दिन बाँकी छन्।
}
# Before the last day, when day 14 fell on a day offices are closed and the law moved the
# deadline. $recommended = the last open day up to day 14 (day 14 itself is closed).
case-deadline-on-time-extended = सकेसम्म छिटो, ढिलोमा { $recommended } सम्ममा जानुहोस्। 14औँ दिन कार्यालय बन्द हुने दिन परेकाले कानुनले अन्तिम दिन { $deadline } मा सार्छ; त्यसमा भर नपर्नुहोस्। { $days ->
    [one] तपाईंसँग अझै 1 दिन बाँकी छ।
   *[other] तपाईंसँग अझै { $days } दिन बाँकी छन्।
}
# Today is the last day.
case-deadline-due-today = आज, { $deadline }, आवेदन दिने अन्तिम दिन हो। सम्भव भए आजै कार्यालय जानुहोस्।
# The last day has passed. $days = days since it.
case-deadline-overdue = म्याद { $deadline } थियो ({ $days ->
    [one] 1 दिन अघि
   *[other] { $days } दिन अघि
})। अझै ढिला भइसकेको छैन: सकेसम्म छिटो आवेदन दिनुहोस्, र ढिलाइको कारण बताउने छोटो पत्र (理由書, जुनसुकै ढाँचामा) लिएर जानुहोस्।
# Applied on or before the last day. $on = the day of the application.
case-deadline-done = तपाईंले { $on } मा, म्याद ({ $deadline }) भित्रै आवेदन दिनुभयो।
# Applied after the last day.
case-deadline-done-late = तपाईंले { $on } मा आवेदन दिनुभयो। म्याद { $deadline } थियो; आवेदन दिएर तपाईंले सही काम गर्नुभयो।

## Returning an old card that turned up (入管法 第19条の15 第3項). Same arguments as above.

case-return-on-time = पुरानो कार्ड { $deadline } सम्ममा फिर्ता गर्नुहोस्। { $days ->
    [one] तपाईंसँग अझै 1 दिन बाँकी छ।
   *[other] तपाईंसँग अझै { $days } दिन बाँकी छन्।
}
case-return-on-time-extended = पुरानो कार्ड सकेसम्म छिटो, ढिलोमा { $recommended } सम्ममा फिर्ता गर्नुहोस्। 14औँ दिन कार्यालय बन्द हुने दिन परेकाले कानुनले अन्तिम दिन { $deadline } मा सार्छ। { $days ->
    [one] तपाईंसँग अझै 1 दिन बाँकी छ।
   *[other] तपाईंसँग अझै { $days } दिन बाँकी छन्।
}
case-return-due-today = आज, { $deadline }, पुरानो कार्ड फिर्ता गर्ने अन्तिम दिन हो।
case-return-overdue = पुरानो कार्ड { $deadline } सम्ममा फिर्ता गर्नुपर्ने थियो ({ $days ->
    [one] 1 दिन अघि
   *[other] { $days } दिन अघि
})। सकेसम्म छिटो फिर्ता गर्नुहोस्।
case-return-done = तपाईंले पुरानो कार्ड { $on } मा, म्याद ({ $deadline }) भित्रै फिर्ता गर्नुभयो।
case-return-done-late = तपाईंले पुरानो कार्ड { $on } मा फिर्ता गर्नुभयो। म्याद { $deadline } थियो; फिर्ता गर्नुभएकोमा धन्यवाद।

## Errors in what was entered (validate.rs)

err-case-learned-in-future = तपाईंलाई थाहा भएको दिन ({ $learned_on }) आज ({ $today }) भन्दा पछि छ। कृपया मिति जाँच गर्नुहोस्।
err-case-reentered-before-learned = तपाईं जापान फर्केको दिन ({ $reentered_on }) तपाईंलाई थाहा भएको दिन ({ $learned_on }) भन्दा अघि छ। कृपया दुवै मिति जाँच गर्नुहोस्।
err-case-reentered-in-future = तपाईं जापान फर्केको दिन ({ $reentered_on }) आज ({ $today }) भन्दा पछि छ। तपाईं अझै विदेशमा हुनुहुन्छ भने, यसको सट्टा “म अझै विदेशमै छु” छान्नुहोस्: फर्केको दिन पछि लेख्न सक्नुहुन्छ।
err-case-birth-after-learned = जन्म मिति ({ $birth_date }) तपाईंलाई थाहा भएको दिन ({ $learned_on }) भन्दा पछि छ। कृपया मितिहरू जाँच गर्नुहोस्।
err-case-birth-in-future = जन्म मिति ({ $birth_date }) आज ({ $today }) भन्दा पछि छ। कृपया मिति जाँच गर्नुहोस्।
err-case-ordered-in-future = कार्यालयले आदेश दिएको दिन ({ $ordered_on }) आज ({ $today }) भन्दा पछि छ। कृपया मिति जाँच गर्नुहोस्।
err-case-report-in-future = उजुरी दिएको दिन ({ $reported_on }) आज ({ $today }) भन्दा पछि छ। कृपया मिति जाँच गर्नुहोस्।
err-case-report-before-learned = उजुरी दिएको दिन ({ $reported_on }) तपाईंलाई थाहा भएको दिन ({ $learned_on }) भन्दा अघि छ। कृपया दुवै मिति जाँच गर्नुहोस्।
err-case-found-in-future = तपाईंले कार्ड भेट्टाएको दिन ({ $found_on }) आज ({ $today }) भन्दा पछि छ। कृपया मिति जाँच गर्नुहोस्।
err-case-found-before-learned = तपाईंले कार्ड भेट्टाएको दिन ({ $found_on }) कार्ड हराएको थाहा पाएको दिन ({ $learned_on }) भन्दा अघि छ। कृपया दुवै मिति जाँच गर्नुहोस्।
err-case-applied-in-future = तपाईंले आवेदन दिएको दिन ({ $applied_on }) आज ({ $today }) भन्दा पछि छ। कृपया मिति जाँच गर्नुहोस्।
err-case-acceptance-number-empty = कृपया प्रहरीले दिएको स्वीकृति नम्बर (受理番号) लेख्नुहोस्। यदि पाउनुभएको छैन भने, पुलिस बक्स (交番) वा प्रहरी चौकीमा माग्नुहोस्। प्रहरीले तपाईंको उजुरी स्वीकार गरेन भने, यसको सट्टा “प्रहरीले मेरो उजुरी स्वीकार गरेन” मा टिक लगाउनुहोस्।
err-case-acceptance-number-too-long = यो स्वीकृति नम्बरमा { $chars } अक्षर छन्; स्वीकृति नम्बरमा बढीमा { $max } अक्षर हुन्छन्। कृपया नम्बर मात्र लेख्नुहोस्।
err-case-acceptance-number-control = कृपया स्वीकृति नम्बर छापिएजस्तै, एउटै लाइनमा लेख्नुहोस्।
err-case-card-number-length = रेसिडेन्स कार्ड नम्बरमा 12 अक्षर हुन्छन् (2 अक्षर, 8 अङ्क, 2 अक्षर, जस्तै AB12345678CD); यसमा { $chars } छन्।
err-case-card-number-pattern = रेसिडेन्स कार्ड नम्बर 2 अक्षर, 8 अङ्क र 2 अक्षरको हुन्छ, जस्तै AB12345678CD। कृपया जाँच गर्नुहोस्।
