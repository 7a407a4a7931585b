"""The staff side: accounts (bot.staff.accounts) and their command line (bot.staff.cli).

The dashboard (bot.staff.web) sits on bot.cases.casework; see /tmp/staff_api.md or the README.
"""
