<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title=content.title description=content.description!"">
<article class="page section-page">
  <header class="page-header">
    <h1>${content.title}</h1>
    <p class="page-description">${content.description!""}</p>
  </header>
  <div class="page-body">
${content.body?no_esc}
  </div>
  <section aria-labelledby="in-this-section">
    <h2 id="in-this-section">In this section</h2>
    <@layout.sectionPages section=content.section/>
  </section>
</article>
</@layout.page>
