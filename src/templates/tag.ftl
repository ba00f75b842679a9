<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title="Tagged “${tag}”" description="Pages of the handbook tagged ${tag}.">
<article class="page">
  <header class="page-header">
    <h1>Tagged “${tag}”</h1>
    <p class="page-description">Pages of the handbook tagged ${tag}.</p>
  </header>
  <ul class="page-list">
<#list (tagged_documents![])?sort_by("title") as entry>
    <li><a href="${content.rootpath}${entry.uri}">${entry.title}</a><#if entry.description??> <span class="page-list-description">${entry.description}</span></#if></li>
</#list>
  </ul>
  <p><a href="index.html">All tags</a></p>
</article>
</@layout.page>
