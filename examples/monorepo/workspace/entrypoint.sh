#!/bin/sh
exec molecule-runtime "$@"
