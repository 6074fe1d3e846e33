# Papers errors (zairyu_domain::papers::PaperError::text). $field is a field id.
# `paper-field` is referenced by the messages below and resolves with their arguments ($field).
paper-field = { $field ->
    [nationality] nationality or region
    [family-name] family name
    [given-name] given name
    [name] name
    [kanji-name] name in kanji
    [address] address in Japan
    [card-number] residence card number
    [phone] phone number
    [representative-name] legal representative's name
    [representative-relationship] legal representative's relationship to you
    [representative-address] legal representative's address
    [representative-phone] legal representative's phone number
    [agent-name] agent's name
    [agent-address] agent's address
    [agent-organisation] agent's organisation
    [agent-phone] agent's phone number
    [agent-birth-date] date of birth of the person who goes for you
    [loss-place-name] place where the card was lost
    [loss-how] way the card was lost
    [loss-detail] detail about what happened
    [reentered-on] day you came back to Japan
    [police-station] police station
    [country] country of the report
    [acceptance-number] acceptance number
    [late-detail] your own words about the delay
    [late-illness-place] hospital
    [late-illness-from] first day of the illness or stay in hospital
    [late-illness-until] last day of the illness or stay in hospital
    [late-abroad-place] country where you were
    [late-abroad-from] first day abroad
    [late-abroad-until] last day of the stay abroad
    [late-disaster] disaster
    [passport-detail] your own words about the passport
    [birth-date] date of birth
    [activity-permit] permission for activity outside status
    [learned-on] day you learned of the loss
    [loss-date] day of the loss
    [reported-on] day of the police report
   *[other] { $field }
}

err-paper-missing-glyph = The { paper-field } contains “{ $character }” ({ $codepoint }), which cannot be printed on the papers. Please remove it or write it another way.
err-paper-empty = Please fill in the { paper-field }.
err-paper-does-not-fit = The { paper-field } is too long to fit on the paper. Please shorten it.
err-paper-too-long = The { paper-field } is { $len } characters long; at most { $max } fit on the paper.
err-paper-control-character = The { paper-field } contains a line break or another invisible character. Please write it on one line.
err-paper-not-this-procedure = These papers are for a lost, stolen or destroyed card. A damaged card, an exchange or a found old card uses other papers.
err-paper-missing-loss-statement = Please answer when, where and how the card was lost: the statement needs it.
err-paper-missing-police-report = Please enter the police report first on your case's page: the police station, the date and the acceptance number (or that the police did not accept it).
err-paper-card-found-again = Your card turned up again, so no papers are needed.
err-paper-does-not-fit-case = The { paper-field } does not fit what happened to the card. Please choose again.
err-paper-missing-relative = The letter of authority needs the relative who goes for you: open the person, tick the agent block (取次者) and enter their name, relationship, address and phone.

paper-advice-abroad-reentry = You chose “I was abroad”. If you noticed the loss while abroad, your 14 days count from the day after you came back to Japan: enter that day on your case's page, and you may not be late at all.
paper-advice-kanji-name = The form has no row for a name in kanji. To have it printed on your card, hand in the separate request form (在留カード漢字氏名表記申出書) at the office.
paper-advice-card-number-blank = The card number is left blank on the form. Write it in if you find it (a 住民票 can show it on request). The office can usually find it (not confirmed): bring anything that shows it.
paper-advice-relative-block = The relative who goes for you should be written in the agent block (取次者) of the form: open the person and enter them there, with their relationship to you.
err-paper-missing-late-reasons = The deadline has passed. Please choose why the application is late: it goes into the letter of explanation. You can still apply.
err-paper-missing-passport-reasons = Please choose why you cannot show your passport: it goes into the letter of explanation.
err-paper-inconsistent = The { paper-field } is different in your profile and in your case. Please check both.
err-paper-impossible-date = The { paper-field } cannot be right. Please check the date.
err-paper-pdf = The papers could not be made ({ $detail }). This is a bug in the app; please report it.
