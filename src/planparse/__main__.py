from planparse.console import run

run()
