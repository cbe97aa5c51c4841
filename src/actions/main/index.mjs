// ncc entry: a .mjs entry makes ncc write dist/main/index.mjs as an ES module.
import './main.ts'
