# The people screen: who the papers are for, with the fields of the application form.
# Labels follow the form's order (docs/rules.md §7). Messages without variables go to the UI as they are.

ui-people-title = Who is it for?
ui-people-lead = The papers are filled in from this. Write it as on your residence card and passport. It stays on this device.
ui-people-add = Add a person
ui-people-edit = Change
ui-people-use = Use for this case
ui-people-in-use = Used for this case
ui-people-none = No one yet.
ui-person-title = The person
ui-person-save = Save
ui-person-delete = Delete this person
ui-person-delete-confirm = Delete this person? Their cases stay, without a person.
ui-person-nationality = Nationality or region (国籍・地域)
ui-person-nationality-help = As on your residence card, e.g. VIET NAM or ベトナム.
ui-person-birth-date = Date of birth (生年月日)
ui-person-family-name = Family name (Family name)
ui-person-given-name = Given name(s) (Given name)
ui-person-name-help = In capital letters A–Z, as in the two lines at the bottom of your passport's photo page.
ui-person-kanji-name = Name in kanji, if your card shows one (漢字氏名)
ui-person-sex = Sex (性別)
ui-person-sex-male = Male (男)
ui-person-sex-female = Female (女)
ui-person-address = Address in Japan (住居地)
ui-person-card-number = Residence card number (在留カード番号)
ui-person-card-number-help = 12 characters: 2 letters, 8 digits, 2 letters. If you don't know it, leave it empty: a 住民票 from your city office can show it if you ask, and your employer or school may have a copy of your card.
ui-person-activity-permit = I have permission to work outside my status (資格外活動許可)
ui-person-phone = Phone number (電話番号)
ui-person-representative = A legal representative fills this in (法定代理人), e.g. the parent of a child under 16
ui-person-agent = Someone else hands it in (取次者): an agent such as a lawyer or 行政書士, or the family member who goes for you
ui-person-rep-name = Representative's name (氏名)
ui-person-rep-relationship = Relationship to the applicant (本人との関係), e.g. 父 / Father
ui-person-rep-address = Representative's address (住所)
ui-person-rep-phone = Representative's phone number (電話番号)
ui-person-agent-name = Their name (氏名)
ui-person-agent-organisation = Their organisation, or for a family member their relationship to you (所属機関等)
ui-person-agent-address = Their address (住所)
ui-person-agent-phone = Their phone number (電話番号)
ui-person-agent-birth-date = Their date of birth (生年月日)
ui-person-agent-birth-date-help = Needed for the letter of authority (委任状) when a family member goes at your request; not printed on the form.
ui-person-saved = Saved. The papers will use this.

err-app-date-invalid = Please enter a whole date (year, month and day).
err-app-choice-invalid = Please choose one of the options.
