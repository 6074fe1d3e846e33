# Errors of the app's commands.

err-app-not-found = This { $what } no longer exists. Please go back and try again.
err-app-device = Something on this device did not work. Nothing was changed.
err-app-bad-input = The app received input it cannot use. Nothing was changed.
err-app-unknown-language = This language is not available.
err-app-triage-incomplete = Please answer every question first.
err-app-station-empty = Please write where you made the report.
err-app-country-empty = Please write the country where you made the report.
err-app-report-date-empty = Please enter the day of the report.
err-app-report-kind-not-this-case = This kind of report does not fit this case. Please choose again.
err-app-report-needed = For this case, please report the loss or theft to the police first: the statement needs the report.
# $max = the longest name accepted.
err-app-place-too-long = The place name is too long (at most { $max } characters, on one line).
err-app-reentry-not-this-case = A day of return to Japan only counts for a lost, stolen or destroyed card.
err-app-found-not-this-case = Only a lost or stolen card that has not been replaced can be marked as found.
