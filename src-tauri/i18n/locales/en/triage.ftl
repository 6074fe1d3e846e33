# The triage questions (domain: triage.rs) and the police-box phrases (domain: police_phrases.rs).

triage-incident-title = What happened to your card?
triage-incident-help = Choose the closest answer. You can go back and change it.
triage-incident-lost = I lost it outside, or I don't know where
triage-incident-lost-at-home = It is lost somewhere at home
triage-incident-stolen = It was stolen
triage-incident-destroyed = It was destroyed in a disaster or a fire (burnt)
triage-incident-destroyed-by-accident = It was destroyed in an accident (washed, broken): it is gone or in pieces. If you still have the card, choose “damaged”
triage-incident-damaged = It is damaged or dirty, or the chip doesn't work
triage-incident-exchange = I want to exchange it (my own wish)
triage-incident-found-again = I found my card again (I have no new card yet)
triage-incident-old-card-found = I found my old card after getting a new one

triage-card-title = Which card is it?
triage-card-help = Most people have a residence card (在留カード).
triage-card-residence-card = Residence card (在留カード)
triage-card-special-permanent = Special permanent resident certificate (特別永住者証明書)
triage-card-specified = Residence card with My Number (特定在留カード)

triage-learned-on-title = When did you notice it was gone?
triage-learned-on-help = The 14 days are counted from the day after this day.
triage-found-on-title = When did you find the old card?
triage-found-on-help = You must return it within 14 days of finding it.
triage-found-again-help = Your card is still valid. We will tell you the one or two things left to do.


triage-birth-date-title = When was the card holder born?
triage-birth-date-help = Children under 16 need no photo, and a family member applies for them.

triage-passport-title = Can you show your passport at the office?
triage-passport-help = If not, you write a short reason (理由書) and bring another ID.
triage-passport-yes = Yes
triage-passport-gone-too = No, it was lost or stolen with the card
triage-passport-no = No, for another reason (e.g. it is at my embassy)

police-phrase-lost = I lost my residence card. I want to file a loss report.
police-phrase-stolen = My residence card was stolen. I want to file a theft report.
police-phrase-number = I need the acceptance number for my reissuance application at immigration. Please tell me the number.
police-phrase-slowly = I don't speak much Japanese. Please speak slowly.

triage-whereabouts-title = Where were you when you noticed, and where are you now?
triage-whereabouts-help = The 14 days start on a day you are in Japan. Leaving Japan without a residence card can end your status of residence, so tell us if you plan to travel.
triage-whereabouts-in-japan = I was in Japan, and I am staying in Japan
triage-whereabouts-leaving-soon = I was in Japan, but I plan to leave Japan in the next few weeks
triage-whereabouts-back-in-japan = I noticed it abroad, and I am back in Japan now
triage-whereabouts-return-date = The day you came back to Japan
triage-whereabouts-abroad-now = I noticed it abroad, and I am still abroad

triage-applicant-title = Who will go to the immigration office?
triage-applicant-help = Usually you go yourself. A family member who lives with you can go for you if you are ill, or if you ask them to.
triage-applicant-holder = I will go myself
triage-applicant-relative-ill = A family member who lives with me (I am ill or in hospital)
triage-applicant-relative-request = A family member who lives with me, because I ask them to
triage-applicant-agent = A lawyer, a 行政書士 or another registered agent (申請取次者)
triage-applicant-ill-other = I am ill or in hospital, and no family member lives with me: someone else (the office must agree)
triage-applicant-ill-no-one = I am ill or in hospital, and nobody can go for me yet
triage-applicant-child-title = Who will go to the office for the child?
triage-applicant-child-help = A child under 16 does not apply in person. A family member aged 16 or older who lives with the child must apply for them.
triage-applicant-child-relative = A family member aged 16 or older who lives with the child
triage-applicant-child-other = Someone else: a parent or legal guardian who lives elsewhere, another family member, or someone the child lives with (the office must agree)
triage-applicant-child-no-one = None of these yet
