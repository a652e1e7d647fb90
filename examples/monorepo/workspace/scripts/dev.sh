#!/bin/sh
echo "monorepo-only script"
