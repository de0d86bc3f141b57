import sys

from kokapp.cli import main

sys.exit(main())
