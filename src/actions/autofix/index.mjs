// ncc entry: a .mjs entry makes ncc write dist/autofix/index.mjs as an ES module.
import './main.ts'
