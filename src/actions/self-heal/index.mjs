// ncc entry: a .mjs entry makes ncc write dist/self-heal/index.mjs as an ES module.
import './main.ts'
