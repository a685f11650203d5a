"""python -m etl.evaluate: see etl.evaluate."""
import sys

from etl.evaluate import main

sys.exit(main())
