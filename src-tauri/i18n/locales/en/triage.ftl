# The triage questions (domain: triage.rs) and the police-box phrases (domain: police_phrases.rs).

triage-incident-title = What happened to your card?
triage-incident-help = Choose the closest answer. You can go back and change it.
triage-incident-lost = I lost it, or I can't find it
triage-incident-stolen = It was stolen
triage-incident-destroyed = It was destroyed (disaster, fire, accident)
triage-incident-damaged = It is damaged or dirty, or the chip doesn't work
triage-incident-exchange = I want to exchange it (my own wish)
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

triage-abroad-title = Were you outside Japan when you noticed?
triage-abroad-help = If so, the 14 days start when you came back to Japan.
triage-abroad-no = No, I was in Japan
triage-abroad-yes = Yes, I was abroad

triage-birth-date-title = When was the card holder born?
triage-birth-date-help = Children under 16 need no photo, and a family member applies for them.

triage-passport-title = Can you show your passport at the office?
triage-passport-help = If not, you write a short reason (理由書) and bring another ID.
triage-passport-yes = Yes
triage-passport-no = No, I can't

police-phrase-lost = I lost my residence card. I want to file a loss report.
police-phrase-stolen = My residence card was stolen. I want to file a theft report.
police-phrase-number = I need the acceptance number for my reissuance application at immigration. Please tell me the number.
police-phrase-slowly = I don't speak much Japanese. Please speak slowly.
