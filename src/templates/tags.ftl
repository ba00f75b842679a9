<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title="All tags" description="Every tag used in the handbook, each leading to the pages that carry it.">
<article class="page">
  <header class="page-header">
    <h1>All tags</h1>
    <p class="page-description">Every tag used in the handbook, each leading to the pages that carry it.</p>
  </header>
  <ul class="tag-cloud">
<#list alltags?sequence?sort as tag>
    <li><a href="${tag}.html">${tag}</a></li>
</#list>
  </ul>
</article>
</@layout.page>
