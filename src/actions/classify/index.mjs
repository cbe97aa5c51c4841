// ncc entry: a .mjs entry makes ncc write dist/classify/index.mjs as an ES module.
import './main.ts'
