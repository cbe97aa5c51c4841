import {describe, expect, it} from 'vitest'
import {filesOfFrames, jvmFrameSources} from '../../../src/core/classify/jvm-frames.js'

describe('jvmFrameSources', () => {
  it('turns frames into source-root-relative paths: package directories, then the file', () => {
    const trace = [
      "java.lang.NoSuchMethodError: 'void com.google.common.base.Preconditions.checkArgument(boolean)'",
      '\tat com.acme.billing.Invoice.lines(Invoice.java:42)',
      '\tat com.acme.billing.Invoice$Totals.sum(Invoice.java:88)',
      '\tat app//com.acme.report.PdfKt.render(Pdf.kt:7)',
      '        at com.acme.billing.InvoiceTest.lambda$totals$0(InvoiceTest.java:17)',
      '\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)',
      '\tat org.junit.platform.commons.util.ReflectionUtils.invokeMethod(ReflectionUtils.java:728)',
      '\tat org.gradle.api.internal.tasks.testing.SuiteTestClassProcessor.processTestClass(SuiteTestClassProcessor.java:60)',
      '\tat com.google.common.collect.ImmutableList.copyOf(ImmutableList.java:12)'
    ].join('\n')
    expect(jvmFrameSources(trace)).toEqual([
      'com/acme/billing/Invoice.java',
      'com/acme/report/Pdf.kt',
      'com/acme/billing/InvoiceTest.java',
      'com/google/common/collect/ImmutableList.java'
    ])
  })

  it('finds nothing in text without frames', () => {
    expect(jvmFrameSources('Error: at line 3 (see docs.java)\nat least one test failed')).toEqual(
      []
    )
  })
})

describe('filesOfFrames', () => {
  it('matches whole trailing path components only', () => {
    const tree = [
      'billing/src/main/java/com/acme/billing/Invoice.java',
      'src/main/java/xcom/acme/billing/Invoice.java',
      'com/acme/billing/Invoice.java',
      'docs/Invoice.java.md'
    ]
    expect(filesOfFrames(['com/acme/billing/Invoice.java'], tree)).toEqual([
      'billing/src/main/java/com/acme/billing/Invoice.java',
      'com/acme/billing/Invoice.java'
    ])
    expect(filesOfFrames(['org/lib/Thing.java'], tree)).toEqual([])
  })
})
