import {describe, expect, it} from 'vitest'
import {
  classifyFailures,
  detectReportFormat,
  looksLikeReport,
  parseReport
} from '../../../src/core/classify/index.js'

const SUREFIRE = `<?xml version="1.0" encoding="UTF-8"?>
<testsuite xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="com.acme.billing.InvoiceServiceTest" time="0.214" tests="3" errors="0" skipped="0" failures="1">
  <properties><property name="java.version" value="21.0.5"/></properties>
  <testcase name="appliesVat" classname="com.acme.billing.InvoiceServiceTest" time="0.019">
    <failure message="expected: &lt;121.00&gt; but was: &lt;120.00&gt;" type="org.opentest4j.AssertionFailedError"><![CDATA[org.opentest4j.AssertionFailedError: expected: <121.00> but was: <120.00>
	at com.acme.billing.InvoiceServiceTest.appliesVat(InvoiceServiceTest.java:44)]]></failure>
  </testcase>
  <testcase name="roundsHalfUp" classname="com.acme.billing.InvoiceServiceTest" time="0.002"/>
  <testcase name="skipsZero" classname="com.acme.billing.InvoiceServiceTest" time="0.001"><skipped/></testcase>
</testsuite>`

const PYTEST = `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="1" failures="1" skipped="0" tests="3" time="0.91" timestamp="2026-11-23T10:00:00" hostname="fv-az1"><testcase classname="tests.test_balance" name="test_refund" file="tests/test_balance.py" line="30" time="0.001"><failure message="AssertionError: assert 7.5 == 12.5">def test_refund():
&gt;       assert acct.balance == 12.5
E       AssertionError: assert 7.5 == 12.5

tests/test_balance.py:31: AssertionError</failure></testcase><testcase classname="tests.test_geo" name="test_area" time="0.000"><error message="collection failure">ModuleNotFoundError: No module named 'shapely'</error></testcase><testcase classname="tests.test_balance" name="test_ok" time="0.001"/></testsuite></testsuites>`

describe('JUnit XML', () => {
  it('reads surefire reports', () => {
    const r = parseReport(SUREFIRE, 'TEST-com.acme.billing.InvoiceServiceTest.xml')
    expect(r.format).toBe('junit')
    expect(r.tests).toBe(3)
    expect(r.error).toBeUndefined()
    expect(r.failures).toHaveLength(1)
    expect(r.failures[0]).toMatchObject({
      category: 'test_fail',
      tool: 'junit',
      test: 'com.acme.billing.InvoiceServiceTest > appliesVat',
      rule: 'junit.failure'
    })
    expect(r.failures[0].message).toContain('expected: <121.00> but was: <120.00>')
  })

  it('reads pytest reports with file and line', () => {
    const r = parseReport(PYTEST, 'junit.xml')
    expect(r.failures.map(f => f.test)).toEqual([
      'tests.test_balance > test_refund',
      'tests.test_geo > test_area'
    ])
    expect(r.failures[0]).toMatchObject({file: 'tests/test_balance.py', line: 30})
  })

  it('detects JUnit by content, not name', () => {
    expect(parseReport(SUREFIRE, 'results.txt').format).toBe('junit')
    expect(looksLikeReport(SUREFIRE.slice(0, 300), 'out.log')).toBe(true)
    expect(looksLikeReport('2026-11-23T10:00:00Z npm test', 'build.log')).toBe(false)
  })

  it('returns a clear error, not a throw, for a truncated file', () => {
    const r = parseReport(
      SUREFIRE.slice(0, SUREFIRE.indexOf('<testcase name="roundsHalfUp"') + 20),
      'TEST-x.xml'
    )
    expect(r.format).toBe('junit')
    expect(r.error).toMatch(/Malformed JUnit XML/)
    expect(Array.isArray(r.failures)).toBe(true)
  })

  it('returns an error for XML that is not JUnit', () => {
    const r = parseReport('<?xml version="1.0"?><project><name>x</name></project>', 'pom.xml')
    expect(r.failures).toEqual([])
    expect(r.error).toMatch(/not a JUnit report/)
  })
})

describe('JSON reports', () => {
  it('reads vitest/jest JSON', () => {
    const json = JSON.stringify({
      numFailedTests: 1,
      testResults: [
        {
          name: '/home/runner/work/a/a/src/eval.test.ts',
          status: 'failed',
          assertionResults: [
            {
              ancestorTitles: ['evaluate'],
              title: 'precedence',
              status: 'failed',
              failureMessages: [
                'AssertionError: expected 9 to be 7\n    at /home/runner/work/a/a/src/eval.test.ts:14:33'
              ],
              location: {line: 13, column: 3}
            },
            {ancestorTitles: [], title: 'ok', status: 'passed', failureMessages: []}
          ]
        }
      ]
    })
    const r = parseReport(json, 'report.json')
    expect(r.format).toBe('jest-json')
    expect(r.tests).toBe(2)
    expect(r.failures[0]).toMatchObject({
      file: 'src/eval.test.ts',
      test: 'evaluate > precedence',
      line: 13,
      message: 'AssertionError: expected 9 to be 7'
    })
  })

  it('reads go test -json', () => {
    const lines = [
      {Action: 'run', Package: 'kv', Test: 'TestCompaction'},
      {
        Action: 'output',
        Package: 'kv',
        Test: 'TestCompaction',
        Output: '    compaction_test.go:73: live keys = 998, want 1000\n'
      },
      {Action: 'fail', Package: 'kv', Test: 'TestCompaction', Elapsed: 0.01},
      {Action: 'pass', Package: 'kv', Test: 'TestOpen', Elapsed: 0},
      {Action: 'fail', Package: 'kv', Elapsed: 0.03}
    ]
      .map(l => JSON.stringify(l))
      .join('\n')
    const r = parseReport(lines, 'go-test.out')
    expect(r.format).toBe('go-test-json')
    expect(r.failures).toHaveLength(1)
    expect(r.failures[0]).toMatchObject({
      test: 'TestCompaction',
      file: 'compaction_test.go',
      line: 73
    })
  })

  it('reads eslint JSON, errors only', () => {
    const json = JSON.stringify([
      {
        filePath: '/home/runner/work/a/a/src/x.ts',
        messages: [
          {ruleId: 'no-unused-vars', severity: 2, message: "'a' is unused", line: 3, column: 7},
          {ruleId: 'eqeqeq', severity: 1, message: 'warn', line: 4, column: 1}
        ]
      }
    ])
    const r = parseReport(json, 'eslint.json')
    expect(r.failures).toEqual([
      expect.objectContaining({
        category: 'lint_error',
        file: 'src/x.ts',
        line: 3,
        errorCode: 'no-unused-vars'
      })
    ])
  })

  it('reports malformed JSON as an error value', () => {
    const r = parseReport('{"testResults": [', 'report.json')
    expect(r.format).toBe('jest-json')
    expect(r.error).toMatch(/Malformed JSON/)
  })
})

describe('bad report input', () => {
  it('empty, binary and unknown content give defined results', () => {
    expect(parseReport('', 'junit.xml')).toMatchObject({format: 'empty', failures: []})
    expect(parseReport(Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]), 'junit.xml')).toMatchObject(
      {format: 'binary', failures: []}
    )
    expect(parseReport('hello world', 'notes.txt').format).toBe('unknown')
    expect(detectReportFormat('   \n')).toBe('empty')
  })

  it('classifies reports together with logs', () => {
    const c = classifyFailures([parseReport(SUREFIRE, 'a.xml'), parseReport('', 'b.xml')])
    expect(c.category).toBe('test_fail')
    expect(c.failures[0].source).toBe('a.xml')
  })
})
