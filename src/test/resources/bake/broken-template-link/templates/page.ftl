<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title=content.title description=content.description!"">
<article class="page">
  <header class="page-header">
    <h1>${content.title}</h1>
    <p class="page-description">${content.description!""}</p>
    <@layout.tags doc=content/>
  </header>
  <p><a href="missing.html">A link to nowhere</a></p>
  <div class="page-body">
${content.body?no_esc}
  </div>
</article>
</@layout.page>
