from ntmplan.cli.app import main

main()
