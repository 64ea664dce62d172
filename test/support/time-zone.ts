// Apps Script runs JavaScript in the script's time zone (appsscript.json: Europe/London); so do the tests.
process.env.TZ = 'Europe/London';
