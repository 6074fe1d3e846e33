# The people screen: who the papers are for, with the fields of the application form.
# Labels follow the form's order (docs/rules.md §7). Messages without variables go to the UI as they are.

ui-people-title = Para kanino ito?
ui-people-lead = Dito kinukuha ang laman ng mga papel. Isulat ito gaya ng nasa residence card at passport mo. Nananatili ito sa device na ito.
ui-people-add = Magdagdag ng tao
ui-people-edit = Baguhin
ui-people-use = Gamitin para sa kasong ito
ui-people-in-use = Ginagamit para sa kasong ito
ui-people-none = Wala pang tao.
ui-person-title = Ang tao
ui-person-save = I-save
ui-person-delete = Burahin ang taong ito
ui-person-delete-confirm = Burahin ang taong ito? Mananatili ang mga kaso niya, pero walang nakatalagang tao.
ui-person-nationality = Nasyonalidad o rehiyon (国籍・地域)
ui-person-nationality-help = Gaya ng nasa residence card mo, hal. VIET NAM o ベトナム.
ui-person-birth-date = Petsa ng kapanganakan (生年月日)
ui-person-family-name = Apelyido (Family name)
ui-person-given-name = Pangalan (Given name)
ui-person-name-help = Sa malalaking titik A–Z, gaya ng nasa dalawang linya sa ibaba ng pahinang may litrato sa passport mo.
ui-person-kanji-name = Pangalan sa kanji, kung mayroon sa card mo (漢字氏名)
ui-person-sex = Kasarian (性別)
ui-person-sex-male = Lalaki (男)
ui-person-sex-female = Babae (女)
ui-person-address = Address sa Japan (住居地)
ui-person-card-number = Residence card number (在留カード番号)
ui-person-card-number-help = 12 character: 2 letra, 8 numero, 2 letra. Kung hindi mo alam, iwanan itong blangko: maipapakita ito ng 住民票 mula sa city office mo kung hihilingin mo, at baka may kopya ng card mo ang employer o paaralan mo.
ui-person-activity-permit = May permiso akong magtrabaho sa labas ng aking status (資格外活動許可)
ui-person-phone = Numero ng telepono (電話番号)
ui-person-representative = Isang legal na kinatawan ang pupuno nito (法定代理人), hal. ang magulang ng batang wala pang 16 taong gulang
ui-person-agent = Ibang tao ang magsusumite nito (取次者): isang ahente gaya ng abogado o 行政書士, o ang kapamilyang pupunta para sa iyo
ui-person-rep-name = Pangalan ng kinatawan (氏名)
ui-person-rep-relationship = Kaugnayan sa aplikante (本人との関係), hal. 父 / Ama
ui-person-rep-address = Address ng kinatawan (住所)
ui-person-rep-phone = Numero ng telepono ng kinatawan (電話番号)
ui-person-agent-name = Pangalan niya (氏名)
ui-person-agent-organisation = Organisasyon niya, o kung kapamilya, ang kaugnayan niya sa iyo (所属機関等)
ui-person-agent-address = Address niya (住所)
ui-person-agent-phone = Numero ng telepono niya (電話番号)
ui-person-agent-birth-date = Petsa ng kapanganakan niya (生年月日)
ui-person-agent-birth-date-help = Kailangan para sa sulat ng awtorisasyon (委任状) kapag kapamilya ang pupunta dahil hiniling mo; hindi ito ipi-print sa form.
ui-person-saved = Na-save. Ito ang gagamitin sa mga papel.

err-app-date-invalid = Pakilagay ang buong petsa (taon, buwan at araw).
err-app-choice-invalid = Pakipili ang isa sa mga opsyon.
