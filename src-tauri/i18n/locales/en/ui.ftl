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
ui-report-kind-abroad = Report to the police abroad
ui-report-where = Where did you report it?
ui-report-country = Country
ui-report-police-abroad = Police (the station or office, as on the paper)
ui-report-number-abroad = Report number, if the paper has one
ui-report-not-reported = I did not report it to the police, and will not
ui-report-not-reported-help = Allowed for a card lost at home, or lost abroad and not reported there. The statement will say that no report was made and why; explain at the counter too.
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
ui-reentry-lead = Enter the day you came back: your 14 days count from the day after it.
ui-reentry-date = The day you came back to Japan
ui-reentry-save = Save the day
ui-return-by-title = The last day to be back in Japan
ui-return-by-lead = If you know it, enter the last day of your re-entry permission: for the special re-entry permission (みなし再入国), one year after the day you left, or the end of your period of stay if sooner (special permanent residents: two years after the day they left); for a re-entry permit, the date in your passport. We will remind you 30, 7 and 1 days before it.
ui-return-by-date = Last day of my re-entry permission
ui-return-by-save = Save
ui-leaving-title = Travelling abroad soon?
ui-leaving-lead = Leaving Japan before you have the new card can end your status of residence. Tell us if you plan to travel: the plan then puts the warning first.
ui-leaving-set = I plan to leave Japan soon
ui-leaving-unset = I no longer plan to leave soon
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

## The 14 days on a calendar (the dashboard and the papers' summary page)

# The calendar table's caption.
ui-cal-caption = The 14 days after { $from } (that day itself is not counted); the last day is { $last }.
# A month's title: $month is the month's short name (date-month), $year the year.
ui-cal-month = { $month } { $year }
# A day's place in the 14 days.
ui-cal-day-n = day { $n } of 14
ui-cal-closed-weekend = weekend: offices closed
# $name is the holiday's Japanese name, e.g. 勤労感謝の日.
ui-cal-closed-holiday = national holiday { $name }: offices closed
ui-cal-closed-year-end = year-end and new-year closure (29 Dec – 3 Jan): offices closed
ui-cal-legend-count-start = the day the count starts from (not counted)
ui-cal-legend-in-window = one of the 14 days
ui-cal-legend-closed = offices closed
ui-cal-legend-today = today
ui-cal-legend-recommended = go by this day
ui-cal-legend-last-day = the legal last day
# Heading over the list of holidays and closures among the 14 days.
ui-cal-closed-title = Closed days
# Beside the days left: how many of them the immigration office is open (today counts).
ui-open-days-left = { $count ->
    [0] The office is not open on any of these days.
    [one] The office is open on 1 of these days (today included).
   *[other] The office is open on { $count } of these days (today included).
}
