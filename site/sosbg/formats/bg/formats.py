# "5 май 2025": day without a leading zero, the month's name (lower case via locale/bg).
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "d.m.Y"
# Weeks start on Monday in Bulgaria, in the admin's date pickers too (Wagtail reads this format).
FIRST_DAY_OF_WEEK = 1
