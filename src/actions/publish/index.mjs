// ncc entry: a .mjs entry makes ncc write dist/publish/index.mjs as an ES module.
import './main.ts'
