# Errors of the app's commands.
# $what is an id from the app ("case"), translated here.

err-app-not-found = Wala na ang { $what ->
    [case] kasong ito
   *[other] { $what } na ito
}. Pakibalik at subukang muli.
err-app-device = May hindi gumana sa device na ito. Walang binago.
err-app-bad-input = Nakatanggap ang app ng input na hindi nito magamit. Walang binago.
err-app-unknown-language = Hindi available ang wikang ito.
err-app-triage-incomplete = Pakisagot muna ang lahat ng tanong.
err-app-station-empty = Pakisulat kung saan ka nag-report.
err-app-country-empty = Pakisulat ang bansa kung saan ka nag-report.
err-app-report-date-empty = Pakilagay ang araw ng report.
err-app-report-kind-not-this-case = Hindi angkop sa kasong ito ang ganitong uri ng report. Pakipili ulit.
err-app-report-needed = Para sa kasong ito, paki-report muna sa pulis ang pagkawala o pagnanakaw: kailangan ng statement ang report.
# $max = the longest name accepted.
err-app-place-too-long = Masyadong mahaba ang pangalan ng lugar (hanggang { $max } character lang, sa iisang linya).
err-app-reentry-not-this-case = Para lang sa card na nawala, ninakaw o nasira nang tuluyan ang araw ng pagbalik sa Japan.
err-app-found-not-this-case = Ang card lang na nawala o ninakaw at hindi pa napapalitan ang puwedeng markahang nakita na.
