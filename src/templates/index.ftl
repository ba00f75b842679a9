<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title=content.title description=content.description!"">
<article class="page home">
  <header class="page-header">
    <h1>${content.title}</h1>
    <p class="page-description">${content.description!""}</p>
  </header>
  <div class="page-body">
${content.body?no_esc}
  </div>
  <section class="contents" aria-labelledby="contents">
    <h2 id="contents">Contents</h2>
<#list (published_content![])?filter(d -> (d.type!"") == "section")?sort_by("order") as section>
    <section class="contents-section">
      <h3><a href="${content.rootpath!""}${section.uri}">${section.title}</a></h3>
      <@layout.sectionPages section=section.section/>
    </section>
</#list>
  </section>
</article>
</@layout.page>
