#!/usr/bin/env node
require("../dist/code-cache.js").run();
