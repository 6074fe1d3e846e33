# The app's screens. Messages without variables are sent to the UI as they are.

ui-app-title = Residence Card Helper
ui-skip = Skip to content
ui-language = Language
ui-back = Back
ui-next = Next
ui-home = Home
ui-loading = Loading…
ui-home-title = Lost your residence card?
ui-home-lead = Don't worry. You have 14 days to apply for a new card, and this app shows you each step. Your answers stay on this device.
ui-start-case = Start: it takes one minute
ui-my-cases = Your cases
ui-open-case = Open
ui-today-title = Today in Japan
ui-if-lost-title = If your card were lost today
ui-if-lost-lead = you would have to apply for a new one by

ui-triage-progress = Question { $number } of { $total }
ui-triage-date-label = Date
ui-triage-see-plan = Show my plan

ui-case-title-lost = Lost residence card
ui-case-title-stolen = Stolen residence card
ui-case-title-destroyed = Card destroyed in a disaster or a fire
ui-case-title-destroyed-by-accident = Card destroyed in an accident
ui-case-title-found-again = Your card turned up again
ui-case-title-damaged = Damaged card
ui-case-title-exchange = Card exchange
ui-case-title-old-card = Old card to return

ui-deadline-title = Apply by
ui-legal-last-day = Last day allowed by law
ui-recommended-day = Go at the latest by
ui-days-left = { $days ->
    [one] 1 day left
   *[other] { $days } days left
}
ui-due-today = Today is the last day
ui-days-late = { $days ->
    [one] 1 day past the deadline
   *[other] { $days } days past the deadline
}
ui-done-on = Done on { $on }
ui-next-step = Next step
ui-plan-title = Your plan
ui-checklist-title = What to bring
ui-only-if-asked = only if the office asks
ui-fee-title = Fee
ui-penalty-title = If you do not apply
ui-penalty-show = What happens if I miss the deadline?
ui-notes-title = Good to know
ui-source = Source
ui-as-of = as of
ui-confidence-law = law text or official page
ui-confidence-secondary = official page as quoted by lawyers and universities
ui-confidence-unconfirmed = not confirmed

ui-police-card-button = Show the police-box card
ui-police-title = For the police officer
ui-police-lead = Show this screen to the officer.

ui-report-title = Your police report
ui-report-lead = Write down what the police gave you. The number goes on your papers.
ui-report-kind = Report
ui-report-kind-loss = Loss report (遺失届)
ui-report-kind-theft = Theft report (盗難届)
ui-report-kind-disaster = Disaster certificate (罹災証明書)
ui-report-station = Police station or office
ui-report-date = Date of the report
ui-report-number = Acceptance number (受理番号)
ui-report-not-accepted = The police did not accept my report
ui-report-not-accepted-help = Tick this if the police would not take a report (for a card lost at home, say). Write where and when you asked; the statement will say so.
ui-report-save = Save the report
ui-saved = Saved.

ui-applied-button = I have applied
ui-found-button = I found my card
ui-found-undo = Not found after all? Undo
ui-reentry-title = Back in Japan?
ui-reentry-offer = Did you notice the loss while abroad?
ui-reentry-lead = Enter the day you came back: your 14 days count from it.
ui-reentry-date = The day you came back to Japan
ui-reentry-save = Save the day
ui-delete-case = Delete this case
ui-delete-confirm = Delete this case and everything in it? This cannot be undone.

## A file the app saved (the papers, a copy of the data, the reminders): open, share, where it is

ui-file-open = Open
ui-file-share = Share or print
ui-open-done = The file is open in another app.
ui-share-done = Shared.
ui-share-cancelled = Not shared: the share sheet was closed.
ui-share-shown = The share sheet is open: choose where to send the file, or print it.
# $path = where the file is, as the device shows it.
ui-place-path = { $path }
# $folder, $name = the folder under Downloads and the file's name (Android).
ui-place-android-downloads = Downloads › { $folder } › { $name }
# $name = the file's name; the rest names the Files app's places on an iPhone.
ui-place-ios-files = Files › On My iPhone › Zairyu Card Helper › { $name }
