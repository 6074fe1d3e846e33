# Errors of the app's commands.

err-app-not-found = This { $what } no longer exists. Please go back and try again.
err-app-device = Something on this device did not work. Nothing was changed.
err-app-bad-input = The app received input it cannot use. Nothing was changed.
err-app-unknown-language = This language is not available.
err-app-triage-incomplete = Please answer every question first.
err-app-station-empty = Please write where you made the report.
err-app-station-too-long = The place name is too long (at most 100 characters, no line breaks).
