from planparse.cli import app

app(prog_name="planparse")
