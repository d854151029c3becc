<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BankerMatrices</name>
    <message>
        <source>Available</source>
        <translation>Available（可用）</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request（请求）</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work（工作向量）</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Allocation（已分配）</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max（最大需求）</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need（尚需）</translation>
    </message>
    <message>
        <source>Request of %1</source>
        <translation>%1 的 Request（请求）</translation>
    </message>
</context>
<context>
    <name>BankerNarrator</name>
    <message>
        <source>Step %1: %2 requests %3.</source>
        <translation>第 %1 步：%2 请求 %3。</translation>
    </message>
    <message>
        <source>Step %1: %2 releases %3.</source>
        <translation>第 %1 步：%2 释放 %3。</translation>
    </message>
    <message>
        <source>Step %1: is the current state safe?</source>
        <translation>第 %1 步：当前状态安全吗？</translation>
    </message>
    <message>
        <source>Request %1 ≤ Need %2: within %3&apos;s maximum claim.</source>
        <translation>Request %1 ≤ Need %2：在 %3 声明的最大需求之内。</translation>
    </message>
    <message>
        <source>Error: Request %1 &gt; Need %2 (%3 of %4, but only %5 left of its claim). %6 has exceeded its maximum claim; nothing changes.</source>
        <translation>错误：Request %1 &gt; Need %2（要 %3 个 %4，但其声明只剩 %5 个）。%6 超出了它的最大需求声明；状态不变。</translation>
    </message>
    <message>
        <source>Request %1 ≤ Available %2: enough is free.</source>
        <translation>Request %1 ≤ Available %2：空闲资源足够。</translation>
    </message>
    <message>
        <source>Request %1 &gt; Available %2: only %3 of %4 free. %5 must wait; nothing changes.</source>
        <translation>Request %1 &gt; Available %2：%4 只空闲 %3 个。%5 必须等待；状态不变。</translation>
    </message>
    <message>
        <source>Pretend to allocate: Available = %1, Allocation[%2] = %3, Need[%2] = %4.</source>
        <translation>假装分配：Available = %1，Allocation[%2] = %3，Need[%2] = %4。</translation>
    </message>
    <message>
        <source>Is this new state safe? The safety algorithm:</source>
        <translation>这个新状态安全吗？运行安全性算法：</translation>
    </message>
    <message>
        <source>The safety algorithm on the current state:</source>
        <translation>对当前状态运行安全性算法：</translation>
    </message>
    <message>
        <source>Work = Available = %1; Finish[i] = false for every process.</source>
        <translation>Work = Available = %1；所有进程的 Finish[i] = false。</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Every process can finish: the state is safe, with safe sequence %1.</source>
        <translation>所有进程都能完成：状态安全，安全序列为 %1。</translation>
    </message>
    <message>
        <source>No process left can finish with Work = %1: %2 cannot, so the state is unsafe.</source>
        <translation>Work = %1 时剩下的进程都无法完成：%2 不能完成，所以状态不安全。</translation>
    </message>
    <message>
        <source>Safe sequences, at least %1 (the search stopped at its budget): %2.</source>
        <translation>至少有 %1 个安全序列（搜索达到了上限而停止）：%2。</translation>
    </message>
    <message>
        <source>There is no safe sequence.</source>
        <translation>不存在安全序列。</translation>
    </message>
    <message>
        <source>Safe sequences, %1 in all; the first %2: %3.</source>
        <translation>共有 %1 个安全序列；前 %2 个：%3。</translation>
    </message>
    <message>
        <source>Safe sequences, %1 in all: %2.</source>
        <translation>共有 %1 个安全序列：%2。</translation>
    </message>
    <message>
        <source>Safe, so the request is granted: %1 now holds %2.</source>
        <translation>安全，因此批准请求：%1 现在持有 %2。</translation>
    </message>
    <message>
        <source>Unsafe, so the trial allocation is rolled back and %1 waits, although the resources are free.</source>
        <translation>不安全，因此撤销试探性分配，%1 等待——尽管资源是空闲的。</translation>
    </message>
    <message>
        <source>%1 gives back %2: Allocation[%1] = %3, Available = %4.</source>
        <translation>%1 归还 %2：Allocation[%1] = %3，Available = %4。</translation>
    </message>
    <message>
        <source>Error: %1 holds only %2 of %3 and cannot give back %4; nothing changes.</source>
        <translation>错误：%1 只持有 %2 个 %3，无法归还 %4 个；状态不变。</translation>
    </message>
    <message>
        <source>safe, sequence %1</source>
        <translation>安全，序列 %1</translation>
    </message>
    <message>
        <source>unsafe: %1 cannot finish</source>
        <translation>不安全：%1 无法完成</translation>
    </message>
    <message>
        <source>Available %1; the state is %2.</source>
        <translation>Available %1；状态%2。</translation>
    </message>
</context>
<context>
    <name>BuddyNarrator</name>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>pages %1–%2</source>
        <translation>第 %1–%2 页</translation>
    </message>
    <message>
        <source>free_area[%1] is empty: the search moves up an order.</source>
        <translation>free_area[%1] 为空：向上查找更高一阶。</translation>
    </message>
    <message>
        <source>free_area[%1] to free_area[%2] are empty: the search moves up.</source>
        <translation>free_area[%1] 到 free_area[%2] 都为空：继续向上查找。</translation>
    </message>
    <message>
        <source>It wants zone %1.</source>
        <translation>它要求 %1 区。</translation>
    </message>
    <message>
        <source>free_area[%1] has a free block (nr_free = %2).</source>
        <translation>free_area[%1] 有空闲块（nr_free = %2）。</translation>
    </message>
    <message>
        <source>Zone %1 has no block big enough: the request falls back to the lower zone %2 (a request never takes memory from a higher zone).</source>
        <translation>%1 区没有足够大的块：请求退到更低的 %2 区（请求从不使用更高内存区的内存）。</translation>
    </message>
    <message>
        <source>It takes %1, the head of free_area[%2].</source>
        <translation>取出 free_area[%2] 链表头的%1。</translation>
    </message>
    <message>
        <source>It takes %1, the lowest-address block of free_area[%2].</source>
        <translation>取出 free_area[%2] 中地址最低的%1。</translation>
    </message>
    <message>
        <source>Split %1 into the buddies %2 and %3: keep the lower half, put %3 on free_area[%4].</source>
        <translation>把%1拆成伙伴%2和%3：保留低半块，把%3挂到 free_area[%4]。</translation>
    </message>
    <message>
        <source>%1 gets %2 (order %3).</source>
        <translation>%1 得到%2（%3 阶）。</translation>
    </message>
    <message>
        <source>%1 bytes of it stay unused: internal fragmentation.</source>
        <translation>其中 %1 字节用不上：这是内部碎片。</translation>
    </message>
    <message>
        <source>No memory is free: the request of %1 fails.</source>
        <translation>没有空闲内存：%1 的请求失败。</translation>
    </message>
    <message>
        <source>%1 frees %2 (order %3).</source>
        <translation>%1 释放%2（%3 阶）。</translation>
    </message>
    <message>
        <source>Its buddy would be %1, outside the zone: merging stops at order %2.</source>
        <translation>它的伙伴应是%1，但在内存区之外：合并停在 %2 阶。</translation>
    </message>
    <message>
        <source>Order %1 is the largest (max_order %2): merging stops.</source>
        <translation>%1 阶已是最高阶（max_order %2）：合并停止。</translation>
    </message>
    <message>
        <source>Error: %1 was freed already (a double free). Nothing changes.</source>
        <translation>错误：%1 已经释放过（重复释放）。状态不变。</translation>
    </message>
    <message>
        <source>Error: %1 holds no block (its request failed). Nothing to free.</source>
        <translation>错误：%1 没有持有任何块（它的请求失败了）。无可释放。</translation>
    </message>
    <message>
        <source>Error: %1 still holds a block; free it before asking again under this name. Nothing changes.</source>
        <translation>错误：%1 仍持有一个块；请先释放，再用这个名字申请。状态不变。</translation>
    </message>
    <message>
        <source>Step %1: alloc %2.</source>
        <translation>第 %1 步：分配 %2。</translation>
    </message>
    <message>
        <source>Step %1: free %2.</source>
        <translation>第 %1 步：释放 %2。</translation>
    </message>
    <message>
        <source>Free pages: %1 of %2; largest free block: %3; granted: %4, failed: %5, freed: %6; internal fragmentation: %7 bytes.</source>
        <translation>空闲页：%1 / %2；最大空闲块：%3；成功分配 %4 次，失败 %5 次，释放 %6 次；内部碎片 %7 字节。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>%1 阶</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 页</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <source>%1 asks for %2 bytes: rounded up to order %3 (%4).</source>
        <translation>%1 申请 %2 字节：向上取整为 %3 阶（%4）。</translation>
    </message>
    <message>
        <source>%1 asks for a block of order %2 (%3).</source>
        <translation>%1 申请一个 %2 阶的块（%3）。</translation>
    </message>
    <message>
        <source>Put %1 at the head of free_area[%2].</source>
        <translation>把%1挂到 free_area[%2] 的链表头。</translation>
    </message>
    <message>
        <source>Put %1 on free_area[%2].</source>
        <translation>把%1挂到 free_area[%2]。</translation>
    </message>
    <message>
        <source>No free block of order %1 or above: the request of %2 fails with %3 free, in blocks of order %4 at most. That is external fragmentation.</source>
        <translation>没有 %1 阶或更高阶的空闲块：%2 的请求失败，尽管有 %3空闲，但它们所在的块最高只有 %4 阶。这就是外部碎片。</translation>
    </message>
    <message>
        <source>Its buddy, %1 (pfn %2 XOR %3), is free at order %4: the two merge into %5.</source>
        <translation>它的伙伴%1（pfn %2 XOR %3）是空闲的 %4 阶块：两者合并为%5。</translation>
    </message>
    <message>
        <source>Its buddy, %1, is in use: merging stops at order %2.</source>
        <translation>它的伙伴%1正在使用：合并停在 %2 阶。</translation>
    </message>
    <message>
        <source>Its buddy, %1, is only partly free (split into smaller blocks): merging stops at order %2.</source>
        <translation>它的伙伴%1只有一部分空闲（已拆成更小的块）：合并停在 %2 阶。</translation>
    </message>
    <message>
        <source>Zone %1 has no free page</source>
        <translation>%1 区没有空闲页</translation>
    </message>
    <message>
        <source>Zone %1 and the zones below it have no free page</source>
        <translation>%1 区及更低的内存区都没有空闲页</translation>
    </message>
    <message>
        <source>%1: the request of %2 fails. The free pages (%3) are all in higher zones, and a request never takes memory from a higher zone.</source>
        <translation>%1：%2 的请求失败。空闲页（%3）都在更高的内存区，而请求从不使用更高内存区的内存。</translation>
    </message>
    <message>
        <source>No zone it may use has the %3 it asks for free (zone %2 and below have %1 in all, and a block lies inside one zone): the request of %4 fails. Memory is short there; no arrangement of the free pages would do.</source>
        <translation>它可用的内存区中没有一个有它要的 %3 空闲（%2 区及更低的内存区共有 %1 空闲，而一个块只能在一个内存区之内）：%4 的请求失败。那里内存不足，空闲页怎样排列都不够。</translation>
    </message>
    <message>
        <source>Only %1 are free, fewer than the %2 it asks for: the request of %3 fails. Memory is short; no arrangement of the free pages would do.</source>
        <translation>只有 %1 空闲，少于它要的 %2：%3 的请求失败。这是内存不足，空闲页怎样排列都不够。</translation>
    </message>
    <message>
        <source>No free block of order %1 or above in zone %2 and below: the request of %3 fails with %4 free there, in blocks of order %5 at most. That is external fragmentation.</source>
        <translation>%2 区及更低的内存区没有 %1 阶或更高阶的空闲块：%3 的请求失败，尽管那里有 %4 空闲，但它们所在的块最高只有 %5 阶。这就是外部碎片。</translation>
    </message>
</context>
<context>
    <name>CfsNarrator</name>
    <message>
        <source>%1 ran %2: its vruntime went from %3 to %4 (nice 0: virtual time runs at real speed).</source>
        <translation>%1 运行了 %2：它的 vruntime 从 %3 增加到 %4（nice 0：虚拟时间与真实时间同速）。</translation>
    </message>
    <message>
        <source>%1 ran %2: its vruntime went from %3 to %4 (nice %5: %6 ns of vruntime per ns, 1024/%7).</source>
        <translation>%1 运行了 %2：它的 vruntime 从 %3 增加到 %4（nice %5：每运行 1 ns，vruntime 增加 %6 ns，即 1024/%7）。</translation>
    </message>
    <message>
        <source>New task %1 is placed one virtual slice after min_vruntime: %2 + %3 = %4 (START_DEBIT: it waits behind the tasks already due in this period).</source>
        <translation>新任务 %1 被放在 min_vruntime 之后一个虚拟时间片处：%2 + %3 = %4（START_DEBIT：它排在本周期内已应运行的任务之后）。</translation>
    </message>
    <message>
        <source>New task %1 starts at min_vruntime %2 (START_DEBIT is off).</source>
        <translation>新任务 %1 从 min_vruntime %2 开始（START_DEBIT 已关闭）。</translation>
    </message>
    <message>
        <source>%1 slept: its vruntime %2 is raised to min_vruntime %3 (no sleeper credit).</source>
        <translation>%1 睡眠过：它的 vruntime %2 被提高到 min_vruntime %3（没有睡眠补偿）。</translation>
    </message>
    <message>
        <source>%1 slept, so its vruntime %2 fell behind. It gets credit for the sleep, but at most %3: it is placed at min_vruntime %4 − %3 = %5.</source>
        <translation>%1 睡眠过，所以它的 vruntime %2 落后了。它的睡眠可以得到补偿，但最多 %3：它被放在 min_vruntime %4 − %3 = %5 处。</translation>
    </message>
    <message>
        <source>%1 keeps its own vruntime %2: it is not more than %3 behind min_vruntime %4.</source>
        <translation>%1 保留自己的 vruntime %2：它落后 min_vruntime %4 不超过 %3。</translation>
    </message>
    <message>
        <source>Tick: %1 has run %2, more than its slice of %3. It must give up the CPU (check_preempt_tick).</source>
        <translation>时钟节拍：%1 已运行 %2，超过了它的时间片 %3。它必须让出 CPU（check_preempt_tick）。</translation>
    </message>
    <message>
        <source>Tick: %1 has run %2 and its vruntime is %3 ahead of %4&apos;s, more than its slice of %5. It must give up the CPU (check_preempt_tick).</source>
        <translation>时钟节拍：%1 已运行 %2，它的 vruntime 领先 %4 %3，超过了它的时间片 %5。它必须让出 CPU（check_preempt_tick）。</translation>
    </message>
    <message>
        <source>%1&apos;s vruntime is %2 behind the running %3&apos;s, more than the wakeup granularity (%4 for its weight): %1 preempts %3 (check_preempt_wakeup).</source>
        <translation>%1 的 vruntime 比正在运行的 %3 落后 %2，超过了唤醒粒度（按它的权重为 %4）：%1 抢占 %3（check_preempt_wakeup）。</translation>
    </message>
    <message>
        <source>%1&apos;s nice went up while it ran: the scheduler runs again (prio_changed_fair).</source>
        <translation>%1 运行时 nice 值变大了：调度器重新调度（prio_changed_fair）。</translation>
    </message>
    <message>
        <source>%1 keeps the CPU: %2 is not behind it in vruntime.</source>
        <translation>%1 继续占用 CPU：%2 的 vruntime 并不比它小。</translation>
    </message>
    <message>
        <source>%1 keeps the CPU: %2 is only %3 behind it, not more than the wakeup granularity %4.</source>
        <translation>%1 继续占用 CPU：%2 只比它落后 %3，没有超过唤醒粒度 %4。</translation>
    </message>
    <message>
        <source>No task is runnable: the CPU is idle.</source>
        <translation>没有可运行的任务：CPU 空闲。</translation>
    </message>
    <message>
        <source>%1, the leftmost task, gets the CPU. Its slice: period %2 × weight %3 / total weight %4 = %5.</source>
        <translation>最左边的任务 %1 获得 CPU。它的时间片：周期 %2 × 权重 %3 / 总权重 %4 = %5。</translation>
    </message>
    <message>
        <source>With %1 runnable tasks, more than sched_nr_latency (%2), the period is stretched to %1 × min_granularity.</source>
        <translation>可运行任务有 %1 个，多于 sched_nr_latency（%2），所以周期被拉长为 %1 × min_granularity。</translation>
    </message>
    <message>
        <source>Rotate left at %1.</source>
        <translation>以 %1 为轴左旋。</translation>
    </message>
    <message>
        <source>Rotate right at %1.</source>
        <translation>以 %1 为轴右旋。</translation>
    </message>
    <message>
        <source>%1 has two children: its successor %2 takes its place.</source>
        <translation>%1 有两个孩子：由它的后继 %2 取代它的位置。</translation>
    </message>
    <message>
        <source>It is the root: paint it black.</source>
        <translation>它是根：涂成黑色。</translation>
    </message>
    <message>
        <source>Its parent is black: the tree is still a red-black tree.</source>
        <translation>它的父节点是黑色：树仍然是红黑树。</translation>
    </message>
    <message>
        <source>Insert case 1: parent and uncle are red. Recolour them black and the grandparent red, then look again from the grandparent.</source>
        <translation>插入情况 1：父节点和叔节点都是红色。把它们涂黑、祖父节点涂红，然后从祖父节点继续检查。</translation>
    </message>
    <message>
        <source>Insert case 2: the uncle is black and the node is an inner grandchild. Rotate at the parent to make it an outer one.</source>
        <translation>插入情况 2：叔节点是黑色，且该节点是内侧孙节点。在父节点处旋转，使它变成外侧孙节点。</translation>
    </message>
    <message>
        <source>Insert case 3: the uncle is black and the node is an outer grandchild. Recolour the parent black and the grandparent red, and rotate at the grandparent.</source>
        <translation>插入情况 3：叔节点是黑色，且该节点是外侧孙节点。把父节点涂黑、祖父节点涂红，并在祖父节点处旋转。</translation>
    </message>
    <message>
        <source>A red node took the removed node&apos;s place: paint it black and the black heights are restored.</source>
        <translation>一个红色节点顶替了被删除节点的位置：把它涂黑，黑高就恢复了。</translation>
    </message>
    <message>
        <source>Delete case 1: the sibling is red. Recolour and rotate at the parent, so the sibling becomes black.</source>
        <translation>删除情况 1：兄弟节点是红色。重新着色并在父节点处旋转，使兄弟节点变为黑色。</translation>
    </message>
    <message>
        <source>Delete case 2: the sibling and both its children are black. Paint the sibling red and move the missing black up to the parent.</source>
        <translation>删除情况 2：兄弟节点及其两个孩子都是黑色。把兄弟节点涂红，把缺少的黑色上移到父节点。</translation>
    </message>
    <message>
        <source>Delete case 3: the sibling is black, its near child red and its far child black. Rotate at the sibling so the red child is on the far side.</source>
        <translation>删除情况 3：兄弟节点是黑色，近侧孩子红色、远侧孩子黑色。在兄弟节点处旋转，使红色孩子到远侧。</translation>
    </message>
    <message>
        <source>Delete case 4: the sibling is black and its far child red. Rotate at the parent and recolour: the missing black is restored.</source>
        <translation>删除情况 4：兄弟节点是黑色，远侧孩子是红色。在父节点处旋转并重新着色：缺少的黑色得到恢复。</translation>
    </message>
    <message>
        <source>CFS as in Linux 2.6.23 to 6.5, on one CPU. Linux 6.6 replaced it with EEVDF.</source>
        <translation>模拟单个 CPU 上 Linux 2.6.23 至 6.5 的 CFS。Linux 6.6 起改为 EEVDF。</translation>
    </message>
    <message>
        <source>Step %1, at %2:</source>
        <translation>第 %1 步，时刻 %2：</translation>
    </message>
    <message>
        <source>%1 is spawned (nice %2, weight %3).</source>
        <translation>%1 被创建（nice %2，权重 %3）。</translation>
    </message>
    <message>
        <source>%1 arrives (nice %2, weight %3).</source>
        <translation>%1 到达（nice %2，权重 %3）。</translation>
    </message>
    <message>
        <source>%1&apos;s I/O is done: it wakes up.</source>
        <translation>%1 的 I/O 完成：它被唤醒。</translation>
    </message>
    <message>
        <source>%1 goes into the red-black tree at vruntime %2.</source>
        <translation>%1 以 vruntime %2 插入红黑树。</translation>
    </message>
    <message>
        <source>%1 leaves the tree.</source>
        <translation>%1 离开红黑树。</translation>
    </message>
    <message>
        <source>Tick: %1 has run %2 of its %3 slice; it keeps the CPU.</source>
        <translation>时钟节拍：%1 已运行 %2（时间片 %3）；它继续占用 CPU。</translation>
    </message>
    <message>
        <source>%1 has finished its CPU burst and waits for I/O until %2: it leaves the run queue.</source>
        <translation>%1 完成了 CPU 区间，等待 I/O 直到 %2：它离开运行队列。</translation>
    </message>
    <message>
        <source>%1 has no work left: it exits.</source>
        <translation>%1 没有剩余工作：它退出。</translation>
    </message>
    <message>
        <source>renice %1 from %2 to %3: its weight goes from %4 to %5; its vruntime stays.</source>
        <translation>renice %1：nice 从 %2 改为 %3，权重从 %4 变为 %5；它的 vruntime 不变。</translation>
    </message>
    <message>
        <source>min_vruntime moves from %1 to %2.</source>
        <translation>min_vruntime 从 %1 前进到 %2。</translation>
    </message>
    <message>
        <source>The run ends at %1 (until_ns).</source>
        <translation>运行在 %1 结束（until_ns）。</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>At %1: %2 runnable, min_vruntime %3. CPU shares: %4.</source>
        <translation>时刻 %1：%2 个可运行任务，min_vruntime %3。CPU 份额：%4。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between list items</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>t = %1    min_vruntime %2    %3 runnable    period %4</source>
        <translation>t = %1&#x3000;min_vruntime %2&#x3000;可运行 %3 个&#x3000;周期 %4</translation>
    </message>
    <message>
        <source>%1 &lt; %2: go left</source>
        <translation>%1 &lt; %2：向左</translation>
    </message>
    <message>
        <source>%1 ≥ %2: go right</source>
        <translation>%1 ≥ %2：向右</translation>
    </message>
    <message>
        <source>%1 becomes the root</source>
        <translation>%1 成为根节点</translation>
    </message>
    <message>
        <source>%1 is linked under %2 as a red leaf</source>
        <translation>%1 作为红色叶子挂在 %2 下面</translation>
    </message>
    <message>
        <source>Paint %1 red</source>
        <translation>把 %1 涂成红色</translation>
    </message>
    <message>
        <source>Paint %1 black</source>
        <translation>把 %1 涂成黑色</translation>
    </message>
    <message>
        <source>The tree is empty.</source>
        <translation>树为空。</translation>
    </message>
    <message>
        <source>%1 is now the leftmost: it runs next.</source>
        <translation>%1 现在是最左节点：它下一个运行。</translation>
    </message>
    <message>
        <source>leftmost: runs next</source>
        <translation>最左：下一个运行</translation>
    </message>
    <message>
        <source>(empty: no task is waiting for the CPU)</source>
        <translation>（空：没有任务在等待 CPU）</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>vruntime %1</source>
        <translation>vruntime %1</translation>
    </message>
    <message>
        <source>ran %1 of its %2 slice</source>
        <translation>已运行 %1（时间片 %2）</translation>
    </message>
    <message>
        <source>Run queue: a red-black tree by vruntime</source>
        <translation>运行队列：按 vruntime 排序的红黑树</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>no command given</source>
        <translation>未给出命令</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>--until expects a step count (0 or more), not &quot;%1&quot;</source>
        <translation>--until 需要一个步数（0 或更大），而不是“%1”</translation>
    </message>
    <message>
        <source>--step expects a step number (0 or more), not &quot;%1&quot;</source>
        <translation>--step 需要一个步号（0 或更大），而不是“%1”</translation>
    </message>
    <message>
        <source>--format expects json or text, not &quot;%1&quot;</source>
        <translation>--format 只能是 json 或 text，而不是“%1”</translation>
    </message>
    <message>
        <source>--lang expects en or zh_CN, not &quot;%1&quot;</source>
        <translation>--lang 只能是 en 或 zh_CN，而不是“%1”</translation>
    </message>
    <message>
        <source>--scale expects a number from 0.25 to 8, not &quot;%1&quot;</source>
        <translation>--scale 需要 0.25 到 8 之间的数，而不是“%1”</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source>%1 needs a scenario file</source>
        <translation>%1 需要一个场景文件</translation>
    </message>
    <message>
        <source>export needs --out FILE</source>
        <translation>export 需要 --out 文件</translation>
    </message>
    <message>
        <source>export needs either --step N or --all-steps</source>
        <translation>export 需要 --step N 或 --all-steps 之一</translation>
    </message>
    <message>
        <source>--page expects 16:9, 4:3 or fit, not &quot;%1&quot;</source>
        <translation>--page 应为 16:9、4:3 或 fit，而不是“%1”</translation>
    </message>
    <message>
        <source>--all-steps writes a PDF deck (--out DECK.pdf) or a folder of images (--out FOLDER/), not &quot;%1&quot;</source>
        <translation>--all-steps 写出一个 PDF 幻灯片文件（--out DECK.pdf）或一个图片文件夹（--out FOLDER/），而不是“%1”</translation>
    </message>
    <message>
        <source>--format expects png or svg for a folder of steps, not &quot;%1&quot;</source>
        <translation>按步导出到文件夹时 --format 应为 png 或 svg，而不是“%1”</translation>
    </message>
    <message>
        <source>--format is for run, or for export --all-steps into a folder; the --out file&apos;s suffix chooses the format here</source>
        <translation>--format 用于 run，或用于把 export --all-steps 导出到文件夹；这里由 --out 文件的后缀决定格式</translation>
    </message>
    <message>
        <source>--theme expects standard or high-contrast, not &quot;%1&quot;</source>
        <translation>--theme 应为 standard 或 high-contrast，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>--until %1 is past the last step, %2</source>
        <translation>--until %1 超过了最后一步 %2</translation>
    </message>
    <message>
        <source>--out must end in .svg, .png or .pdf, not &quot;%1&quot;</source>
        <translation>--out 必须以 .svg、.png 或 .pdf 结尾，而不是“%1”</translation>
    </message>
    <message>
        <source>--step %1 is past the last step, %2</source>
        <translation>--step %1 超过了最后一步 %2</translation>
    </message>
    <message>
        <source>the %1 module has no views to export yet</source>
        <translation>%1 模块还没有可导出的视图</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;; this scenario has: %2</source>
        <translation>未知视图“%1”；此场景有：%2</translation>
    </message>
    <message>
        <source>the %1 translation is missing from this build</source>
        <translation>此版本缺少 %1 翻译</translation>
    </message>
    <message>
        <source>%1: valid %2 scenario, 1 step</source>
        <translation>%1：有效的 %2 场景，共 1 步</translation>
    </message>
    <message>
        <source>%1: valid %2 scenario, %3 steps</source>
        <translation>%1：有效的 %2 场景，共 %3 步</translation>
    </message>
</context>
<context>
    <name>DeadlockText</name>
    <message>
        <source>%1: %2 %3 ≤ Work %4: yes.</source>
        <translation>%1：%2 %3 ≤ Work %4：是。</translation>
    </message>
    <message>
        <source>%1: %2 %3 ≤ Work %4? No: it wants %5 %6, Work has %7.</source>
        <translation>%1：%2 %3 ≤ Work %4？否：它要 %5 个 %6，Work 只有 %7 个。</translation>
    </message>
    <message>
        <source>%1 can finish and gives back its allocation %2: Work = %3, Finish[%1] = true.</source>
        <translation>%1 可以完成并归还其分配 %2：Work = %3，Finish[%1] = true。</translation>
    </message>
    <message>
        <source>… and %1 more comparisons, made but not listed here.</source>
        <translation>……另有 %1 次比较已完成，此处未列出。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish（完成）</translation>
    </message>
    <message>
        <source>true (%1)</source>
        <translation>true（第 %1 个）</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>rows %1–%2 of %3</source>
        <translation>第 %1–%2 行，共 %3 行</translation>
    </message>
    <message>
        <source>Finished so far: ⟨%1⟩</source>
        <translation>已完成：⟨%1⟩</translation>
    </message>
    <message>
        <source>%1 (aborted)</source>
        <translation>%1（已终止）</translation>
    </message>
    <message>
        <source>%1 (waits)</source>
        <translation>%1（等待）</translation>
    </message>
    <message>
        <source>… and 1 more comparison, made but not listed here.</source>
        <translation>……另有 1 次比较已完成，此处未列出。</translation>
    </message>
</context>
<context>
    <name>DetectionMatrices</name>
    <message>
        <source>Available</source>
        <translation>Available（可用）</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work（工作向量）</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Allocation（已分配）</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request（请求）</translation>
    </message>
</context>
<context>
    <name>DetectionNarrator</name>
    <message>
        <source>Step %1: %2 requests %3.</source>
        <translation>第 %1 步：%2 请求 %3。</translation>
    </message>
    <message>
        <source>Step %1: %2 releases %3.</source>
        <translation>第 %1 步：%2 释放 %3。</translation>
    </message>
    <message>
        <source>Step %1: run the detection algorithm.</source>
        <translation>第 %1 步：运行检测算法。</translation>
    </message>
    <message>
        <source>Step %1: abort %2.</source>
        <translation>第 %1 步：终止 %2。</translation>
    </message>
    <message>
        <source>Step %1: abort a deadlocked process, %2.</source>
        <translation>第 %1 步：终止一个死锁进程，选%2。</translation>
    </message>
    <message>
        <source>Step %1: preempt %2 from %3.</source>
        <translation>第 %1 步：从 %3 抢占 %2。</translation>
    </message>
    <message>
        <source>Enough is free, so %1 gets it at once: Available = %2.</source>
        <translation>空闲资源足够，%1 立即得到：Available = %2。</translation>
    </message>
    <message>
        <source>Only %1 of %2 free (Available %3): %4 blocks, and %5 becomes its Request row (request edges in the graph).</source>
        <translation>%2 只空闲 %1 个（Available %3）：%4 阻塞，%5 成为它的 Request 行（图中的请求边）。</translation>
    </message>
    <message>
        <source>%1 is blocked on its request, so it cannot run to do this; nothing changes.</source>
        <translation>%1 正阻塞在它的请求上，无法运行来做这件事；状态不变。</translation>
    </message>
    <message>
        <source>%1 was aborted earlier; nothing changes.</source>
        <translation>%1 之前已被终止；状态不变。</translation>
    </message>
    <message>
        <source>Refused: %1 would hold more %2 than the system has (%3); nothing changes.</source>
        <translation>拒绝：%1 持有的 %2 将超过系统总数（%3）；状态不变。</translation>
    </message>
    <message>
        <source>Refused: %1 holds only %2 of %3; nothing changes.</source>
        <translation>拒绝：%1 只持有 %2 个 %3；状态不变。</translation>
    </message>
    <message>
        <source>Nobody is deadlocked, so there is no victim to choose; nothing changes.</source>
        <translation>没有进程死锁，无需选择牺牲者；状态不变。</translation>
    </message>
    <message>
        <source>%1 gives back %2: Available = %3.</source>
        <translation>%1 归还 %2：Available = %3。</translation>
    </message>
    <message>
        <source>%1&apos;s waiting request %2 now fits: granted, and %1 runs again (Available = %3).</source>
        <translation>%1 等待中的请求 %2 现在可以满足：予以分配，%1 重新运行（Available = %3）。</translation>
    </message>
    <message>
        <source>Among the deadlocked %1, the rule picks %2.</source>
        <translation>在死锁进程 %1 中，按规则选中 %2。</translation>
    </message>
    <message>
        <source>%1 is terminated: its %2 is freed and its request dropped. Available = %3.</source>
        <translation>%1 被终止：释放它持有的 %2，撤销它的请求。Available = %3。</translation>
    </message>
    <message>
        <source>%1 is rolled back: %2 is taken from it (Available = %3) and it must ask for it again.</source>
        <translation>%1 被回滚：收回它的 %2（Available = %3），它必须重新请求。</translation>
    </message>
    <message>
        <source>The detection algorithm (several instances per resource): like the safety algorithm, with Request in place of Need.</source>
        <translation>检测算法（每类资源多个实例）：与安全性算法相同，只是用 Request 代替 Need。</translation>
    </message>
    <message>
        <source>Work = Available = %1; Finish[i] = false for every process.</source>
        <translation>Work = Available = %1；所有进程的 Finish[i] = false。</translation>
    </message>
    <message>
        <source>Work = Available = %1; Finish[i] = true for %2 (holding nothing, they cannot be part of a deadlock), false for the others.</source>
        <translation>Work = Available = %1；%2 的 Finish[i] = true（不持有资源的进程不可能处于死锁中），其余为 false。</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Every process can finish: nobody is deadlocked.</source>
        <translation>所有进程都能完成：没有死锁。</translation>
    </message>
    <message>
        <source>Finish is still false for %1: they are deadlocked.</source>
        <translation>%1 的 Finish 仍为 false：它们死锁了。</translation>
    </message>
    <message>
        <source>The resource-allocation graph has no cycle.</source>
        <translation>资源分配图中没有环。</translation>
    </message>
    <message>
        <source>Cycle %1: every resource on it has one instance, so the cycle is a deadlock.</source>
        <translation>环 %1：环上每类资源只有一个实例，所以这个环就是死锁。</translation>
    </message>
    <message>
        <source>Cycle %1 among the deadlocked. A resource on it has several instances, so the cycle alone would not prove a deadlock; the algorithm did.</source>
        <translation>死锁进程之间的环 %1。环上某类资源有多个实例，单凭环不能证明死锁；是检测算法证明了它。</translation>
    </message>
    <message>
        <source>Cycle %1, but a resource on it has several instances, and another holder can give one back: a cycle without a deadlock.</source>
        <translation>环 %1，但环上某类资源有多个实例，其他持有者可以归还一个：有环而无死锁。</translation>
    </message>
    <message>
        <source>Wait-for graph (single-instance resources): %1.</source>
        <translation>等待图（单实例资源）：%1。</translation>
    </message>
    <message>
        <source>the one holding the most instances</source>
        <translation>持有实例最多的那个</translation>
    </message>
    <message>
        <source>the one holding the fewest instances</source>
        <translation>持有实例最少的那个</translation>
    </message>
    <message>
        <source>the first in the table</source>
        <translation>表中的第一个</translation>
    </message>
    <message>
        <source>Available %1; nobody is deadlocked.</source>
        <translation>Available %1；没有死锁。</translation>
    </message>
    <message>
        <source>Available %1; deadlocked: %2.</source>
        <translation>Available %1；死锁进程：%2。</translation>
    </message>
    <message>
        <source>No cycle: no deadlock.</source>
        <translation>无环：没有死锁。</translation>
    </message>
    <message>
        <source>Cycle %1: single instances, so a deadlock.</source>
        <translation>环 %1：单实例资源，因此是死锁。</translation>
    </message>
    <message>
        <source>Cycle %1; deadlocked: %2.</source>
        <translation>环 %1；死锁进程：%2。</translation>
    </message>
    <message>
        <source>Resource-allocation graph</source>
        <translation>资源分配图</translation>
    </message>
    <message>
        <source>%1 of %2 held</source>
        <translation>已占用 %1/%2</translation>
    </message>
    <message>
        <source>assignment R → P (holds)</source>
        <translation>分配边 R → P（持有）</translation>
    </message>
    <message>
        <source>request P → R (waits for)</source>
        <translation>请求边 P → R（等待）</translation>
    </message>
    <message>
        <source>● held instance  ○ free instance</source>
        <translation>● 已占用实例  ○ 空闲实例</translation>
    </message>
    <message>
        <source>Who holds and who waits; a detect step checks this state for deadlock.</source>
        <translation>谁持有、谁在等待；检测步骤会检查这个状态是否死锁。</translation>
    </message>
    <message>
        <source>Detection is running…</source>
        <translation>正在运行检测算法……</translation>
    </message>
    <message>
        <source>Cycle %1, but no deadlock: its resources have several instances.</source>
        <translation>有环 %1，但没有死锁：环上的资源有多个实例。</translation>
    </message>
    <message>
        <source>cycle: deadlock</source>
        <translation>环：死锁</translation>
    </message>
    <message>
        <source>cycle, but no deadlock</source>
        <translation>有环，但无死锁</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a number with a fraction</source>
        <translation>带小数的数</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the file has %1 bytes; the limit is %2</source>
        <translation>文件有 %1 字节；上限为 %2</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为%1，实际为%2</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>缺少必需的键“%1”</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>未知的键“%1”</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>未知的键“%1”（是否想写“%2”？）</translation>
    </message>
    <message>
        <source>%1 is out of range; expected %2 to %3</source>
        <translation>%1 超出范围；应在 %2 到 %3 之间</translation>
    </message>
    <message>
        <source>%1 entries; at most %2 are allowed</source>
        <translation>有 %1 项；最多允许 %2 项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; cannot both be given</source>
        <translation>“%1”和“%2”不能同时给出</translation>
    </message>
    <message>
        <source>format version %1 is not supported; this program reads version %2</source>
        <translation>不支持格式版本 %1；本程序读取版本 %2</translation>
    </message>
    <message>
        <source>text of %1 characters; at most %2 are allowed</source>
        <translation>文本有 %1 个字符；最多允许 %2 个</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>无效的值</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problems</source>
        <translation>
            <numerusform>……还有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <source>more than %1 JSON values in one file</source>
        <translation>一个文件中的 JSON 值超过 %1 个</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is given twice in this object; only one may stay</source>
        <translation>键“%1”在同一个对象中出现了两次；只能保留一个</translation>
    </message>
    <message>
        <source>%1 is not a power of two</source>
        <translation>%1 不是 2 的幂</translation>
    </message>
    <message>
        <source>no earlier op allocates &quot;%1&quot;</source>
        <translation>之前没有任何操作分配过“%1”</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is used twice</source>
        <translation>名字“%1”用了两次</translation>
    </message>
    <message>
        <source>these add up to %1, but &quot;%2&quot; is %3</source>
        <translation>这些加起来是 %1，但“%2”是 %3</translation>
    </message>
    <message>
        <source>there is no task named &quot;%1&quot;</source>
        <translation>没有名为“%1”的任务</translation>
    </message>
    <message>
        <source>there is no process named &quot;%1&quot;</source>
        <translation>没有名为“%1”的进程</translation>
    </message>
    <message>
        <source>there is no resource named &quot;%1&quot;</source>
        <translation>没有名为“%1”的资源</translation>
    </message>
    <message>
        <source>there is no %1 named &quot;%2&quot;</source>
        <translation>没有名为“%2”的 %1</translation>
    </message>
    <message>
        <source>%1 comes before the previous op&apos;s %2; ops go in time order</source>
        <translation>%1 早于前一个操作的 %2；操作必须按时间顺序排列</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; never finishes, so &quot;until_ns&quot; is required</source>
        <translation>任务“%1”永远不会结束，所以必须给出“until_ns”</translation>
    </message>
    <message>
        <source>the run would take more than %1 ticks; give a shorter &quot;until_ns&quot; or shorter bursts</source>
        <translation>运行将超过 %1 个时钟节拍；请给出更短的“until_ns”或更短的区间</translation>
    </message>
    <message>
        <source>the run would take more than %1 steps; give a shorter &quot;until_ns&quot; or shorter bursts</source>
        <translation>运行将超过 %1 步；请给出更短的“until_ns”或更短的区间</translation>
    </message>
    <message>
        <source>the run could last past %1 ns; give &quot;until_ns&quot; or shorter bursts</source>
        <translation>运行可能超过 %1 ns；请给出“until_ns”或更短的区间</translation>
    </message>
    <message>
        <source>found %1 counts; expected %2, one per resource in the order of &quot;resources&quot;</source>
        <translation>找到 %1 个计数；应为 %2 个，按 &quot;resources&quot; 的顺序每类资源一个</translation>
    </message>
    <message>
        <source>%1 is above %2, the most that &quot;%3&quot; allows here</source>
        <translation>%1 超过了 %2，即此处 &quot;%3&quot; 允许的最大值</translation>
    </message>
    <message>
        <source>the processes&apos; allocations add up to %1, more than the total %2</source>
        <translation>各进程的分配量合计为 %1，超过了总数 %2</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 bytes</source>
        <translation>文件超过了 %1 字节的上限</translation>
    </message>
    <message>
        <source>&quot;%1&quot; overlaps &quot;%2&quot;</source>
        <translation>“%1”与“%2”重叠</translation>
    </message>
    <message>
        <source>%1 is not a multiple of %2</source>
        <translation>%1 不是 %2 的倍数</translation>
    </message>
    <message>
        <source>found %1 bytes; expected %2, one page</source>
        <translation>找到 %1 个字节；应为 %2 个，即一页</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2 (did you mean &quot;%3&quot;?)</source>
        <translation>“%1”不是以下之一：%2（是否想写“%3”？）</translation>
    </message>
    <message>
        <source>the searches of these ops could examine more than %1 free-list entries; use fewer ops</source>
        <translation>这些操作的查找可能检查超过 %1 个空闲链表项；请减少操作</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;%2&quot; to be given</source>
        <translation>“%1”需要同时给出“%2”</translation>
    </message>
    <message>
        <source>empty text; a name needs at least one character</source>
        <translation>文本为空；名称至少需要一个字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; cannot be used with &quot;%3&quot;: &quot;%4&quot;</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; 不能与 &quot;%3&quot;: &quot;%4&quot; 一起使用</translation>
    </message>
    <message>
        <source>no op given; expected one of %1</source>
        <translation>没有给出操作；应为以下之一：%1</translation>
    </message>
    <message>
        <source>unknown op &quot;%1&quot;; expected one of %2</source>
        <translation>未知操作 &quot;%1&quot;；应为以下之一：%2</translation>
    </message>
    <message>
        <source>unknown op &quot;%1&quot;; expected one of %2 (did you mean &quot;%3&quot;?)</source>
        <translation>未知操作 &quot;%1&quot;；应为以下之一：%2（是不是想写 &quot;%3&quot;？）</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <source>POSIX message queue</source>
        <translation>POSIX 消息队列</translation>
    </message>
    <message>
        <source>System V message queue</source>
        <translation>System V 消息队列</translation>
    </message>
    <message>
        <source>semaphore</source>
        <translation>信号量</translation>
    </message>
    <message>
        <source>shared memory segment</source>
        <translation>共享内存段</translation>
    </message>
    <message>
        <source>the programs could run for more than %1 steps; use shorter programs or fewer repeats</source>
        <translation>这些程序可能运行超过 %1 步；请使用更短的程序或更少的重复次数</translation>
    </message>
    <message>
        <source>the programs could move more than %1 bytes; use fewer or smaller writes and sends</source>
        <translation>这些程序可能传送超过 %1 字节；请减少或缩小写入和发送</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2, not a %3</source>
        <translation>“%1”是%2，不是%3</translation>
    </message>
    <message>
        <source>empty list; give at least one entry</source>
        <translation>列表为空；至少给出一项</translation>
    </message>
    <message>
        <source>only printable ASCII text is allowed here (one character a byte); found %1</source>
        <translation>这里只允许可打印的 ASCII 文本（一个字符一个字节）；发现了 %1</translation>
    </message>
</context>
<context>
    <name>FreelistNarrator</name>
    <message>
        <source>The search runs again: %1 free blocks looked at, %2 of them too small.</source>
        <translation>再次查找：查看了 %1 个空闲块，其中 %2 个太小。</translation>
    </message>
    <message>
        <source>The search looks at %1 free blocks; %2 of them are too small.</source>
        <translation>查找查看了 %1 个空闲块，其中 %2 个太小。</translation>
    </message>
    <message>
        <source>The search runs again.</source>
        <translation>再次查找。</translation>
    </message>
    <message>
        <source>%1: too small.</source>
        <translation>%1：太小。</translation>
    </message>
    <message>
        <source>%1: it fits, and %2 takes it.</source>
        <translation>%1：放得下，%2选中它。</translation>
    </message>
    <message>
        <source>%1: it fits, the largest so far.</source>
        <translation>%1：放得下，是目前最大的。</translation>
    </message>
    <message>
        <source>%1: it fits, the smallest so far.</source>
        <translation>%1：放得下，是目前最小的。</translation>
    </message>
    <message>
        <source>%1: it fits, but is not larger.</source>
        <translation>%1：放得下，但不更大。</translation>
    </message>
    <message>
        <source>%1: it fits, but is not smaller.</source>
        <translation>%1：放得下，但不更小。</translation>
    </message>
    <message>
        <source>No free block holds %1: malloc returns NULL. %2 are free, but the largest free block has only %3 — external fragmentation.</source>
        <translation>没有空闲块能容纳 %1：malloc 返回 NULL。共有 %2 空闲，但最大的空闲块只有 %3——这就是外部碎片。</translation>
    </message>
    <message>
        <source>No free block holds %1: malloc returns NULL; only %2 are free in all.</source>
        <translation>没有空闲块能容纳 %1：malloc 返回 NULL；总共只有 %2 空闲。</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 字节</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>1 block</source>
        <translation>1 个块</translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <translation>%1 个块</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>first fit</source>
        <translation>首次适配</translation>
    </message>
    <message>
        <source>next fit</source>
        <translation>下次适配</translation>
    </message>
    <message>
        <source>best fit</source>
        <translation>最佳适配</translation>
    </message>
    <message>
        <source>worst fit</source>
        <translation>最差适配</translation>
    </message>
    <message>
        <source>by address</source>
        <translation>按地址排序</translation>
    </message>
    <message>
        <source>smallest first</source>
        <translation>从小到大</translation>
    </message>
    <message>
        <source>largest first</source>
        <translation>从大到小</translation>
    </message>
    <message>
        <source>too small</source>
        <translation>太小</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>放得下</translation>
    </message>
    <message>
        <source>largest so far</source>
        <translation>目前最大</translation>
    </message>
    <message>
        <source>best so far</source>
        <translation>目前最合适</translation>
    </message>
    <message>
        <source>not larger</source>
        <translation>不更大</translation>
    </message>
    <message>
        <source>not smaller</source>
        <translation>不更小</translation>
    </message>
    <message>
        <source>%1 = malloc(%2)</source>
        <translation>%1 = malloc(%2)</translation>
    </message>
    <message>
        <source>free(%1)</source>
        <translation>free(%1)</translation>
    </message>
    <message>
        <source>%1 = realloc(%1, %2)</source>
        <translation>%1 = realloc(%1, %2)</translation>
    </message>
    <message>
        <source>Step %1: %2.</source>
        <translation>第 %1 步：%2。</translation>
    </message>
    <message>
        <source>%1 It needs a free block of %2.</source>
        <translation>%1需要一个 %2 的空闲块。</translation>
    </message>
    <message>
        <source>%1 It needs a free block of %2: the %3 asked for, rounded to the alignment, plus the header (%4).</source>
        <translation>%1需要一个 %2 的空闲块：请求的 %3 按对齐向上取整，再加上头部（%4）。</translation>
    </message>
    <message>
        <source>%1 The block is %2; it must become %3.</source>
        <translation>%1该块为 %2，需要变为 %3。</translation>
    </message>
    <message>
        <source>%1 is NULL (its malloc failed): realloc(NULL, n) is malloc(n).</source>
        <translation>%1 是 NULL（它的 malloc 失败了）：realloc(NULL, n) 就是 malloc(n)。</translation>
    </message>
    <message>
        <source>%1 gets %2 at %3, split from the front of the free block; the rest of it, %4 at %5, stays free.</source>
        <translation>%1 得到 %3 处的 %2，从空闲块的前端切下；剩下的 %4（位于 %5）仍然空闲。</translation>
    </message>
    <message>
        <source>%1 gets the block at %2, %3.</source>
        <translation>%1 得到 %2 处的块，%3。</translation>
    </message>
    <message>
        <source>realloc returns %1: the address just past the header (%2), which holds the block&apos;s size.</source>
        <translation>realloc 返回 %1：紧接在头部（%2）之后的地址，头部保存着块的大小。</translation>
    </message>
    <message>
        <source>malloc returns %1: the address just past the header (%2), which holds the block&apos;s size.</source>
        <translation>malloc 返回 %1：紧接在头部（%2）之后的地址，头部保存着块的大小。</translation>
    </message>
    <message>
        <source>realloc returns %1.</source>
        <translation>realloc 返回 %1。</translation>
    </message>
    <message>
        <source>malloc returns %1.</source>
        <translation>malloc 返回 %1。</translation>
    </message>
    <message>
        <source>So realloc returns NULL too, and %1 keeps its old block, which the program must still free.</source>
        <translation>因此 realloc 也返回 NULL，%1 保留原来的块，程序仍须释放它。</translation>
    </message>
    <message>
        <source>The header just before %1&apos;s pointer says the block is %2, so %2 at %3 go back.</source>
        <translation>%1 的指针前面的头部表明块大小为 %2，于是 %3 处的 %2 被归还。</translation>
    </message>
    <message>
        <source>%1&apos;s block, %2 at %3, goes back.</source>
        <translation>%1 的块（%3 处的 %2）被归还。</translation>
    </message>
    <message>
        <source>The free blocks at %1 and %2 touch in memory: they coalesce into one of %3.</source>
        <translation>%1 和 %2 处的空闲块在内存中相邻：合并为一个 %3 的块。</translation>
    </message>
    <message>
        <source>The free block %1 enters the free list at position %2 (%3).</source>
        <translation>空闲块 %1 进入空闲链表的第 %2 位（%3）。</translation>
    </message>
    <message>
        <source>It is a mapping of its own: munmap gives its %1 at %2 back to the kernel.</source>
        <translation>它是独立的映射：munmap 把 %2 处的 %1 还给内核。</translation>
    </message>
    <message>
        <source>%1&apos;s malloc returned NULL, and free(NULL) does nothing.</source>
        <translation>%1 的 malloc 返回了 NULL，而 free(NULL) 什么也不做。</translation>
    </message>
    <message>
        <source>%1 was freed already: realloc of a freed pointer. glibc stops the program (&quot;realloc(): invalid pointer&quot;); here the heap is left as it was.</source>
        <translation>%1 已经释放过了：对已释放的指针调用 realloc。glibc 会终止程序（“realloc(): invalid pointer”）；这里堆保持原样。</translation>
    </message>
    <message>
        <source>%1 was never returned by malloc: glibc stops the program (&quot;free(): invalid pointer&quot;); here the heap is left as it was.</source>
        <translation>%1 从未由 malloc 返回：glibc 会终止程序（“free(): invalid pointer”）；这里堆保持原样。</translation>
    </message>
    <message>
        <source>The free block right after it has room: %1 grows in place to %2, and realloc returns the same pointer.</source>
        <translation>紧随其后的空闲块有足够空间：%1 原地扩展到 %2，realloc 返回同一个指针。</translation>
    </message>
    <message>
        <source>%1 shrinks in place to %2; its tail (%3) goes back as a free block.</source>
        <translation>%1 原地缩小到 %2；尾部（%3）作为空闲块归还。</translation>
    </message>
    <message>
        <source>The block already holds it: realloc returns the same pointer.</source>
        <translation>原块已经放得下：realloc 返回同一个指针。</translation>
    </message>
    <message>
        <source>%1, free list %2: heap %3, free %4 (%5), largest %6; external fragmentation %7%; headers and rounding %8; blocks in use %9.</source>
        <translation>%1，空闲链表%2：堆 %3，空闲 %4（%5），最大 %6；外部碎片 %7%；头部与取整 %8；使用中的块 %9 个。</translation>
    </message>
    <message>
        <source>Failed requests: %1.</source>
        <translation>失败的请求：%1 个。</translation>
    </message>
    <message>
        <source>newest freed first, LIFO</source>
        <translation>最近释放的在前，LIFO</translation>
    </message>
    <message>
        <source>oldest freed first, FIFO</source>
        <translation>最早释放的在前，FIFO</translation>
    </message>
    <message>
        <source>%1 It needs a free block of %2: the %3 asked for plus the header (%4).</source>
        <translation>%1需要一个 %2 的空闲块：请求的 %3 加上头部（%4）。</translation>
    </message>
    <message>
        <source>It cannot stay where it is: realloc looks for a new block, as malloc does.</source>
        <translation>它无法留在原处：realloc 像 malloc 一样寻找一个新块。</translation>
    </message>
    <message>
        <source>Nothing fits: sbrk moves the program break up from %1 to %2, by %3 (what is missing plus top_pad, in whole pages).</source>
        <translation>没有块放得下：sbrk 把程序断点从 %1 上移到 %2，移动 %3（缺少的字节数加上 top_pad，按整页计）。</translation>
    </message>
    <message>
        <source>No free block holds it, and it is at least mmap_threshold (%1): malloc maps %2 of its own at %3 (mmap), whole pages, outside the heap.</source>
        <translation>没有空闲块能容纳它，且它不小于 mmap_threshold（%1）：malloc 在 %3 为它单独映射 %2（mmap），整页分配，位于堆外。</translation>
    </message>
    <message>
        <source>The free block at the top is at least trim_threshold (%1): its whole pages above top_pad go back, and the break moves down from %2 to %3.</source>
        <translation>顶部的空闲块不小于 trim_threshold（%1）：超出 top_pad 的整页都还给内核，断点从 %2 下移到 %3。</translation>
    </message>
    <message>
        <source>%1 was freed already: a double free. glibc stops the program (&quot;free(): double free detected in tcache 2&quot;); here the heap is left as it was.</source>
        <translation>%1 已经释放过了：这是重复释放。glibc 会终止程序（“free(): double free detected in tcache 2”）；这里堆保持原样。</translation>
    </message>
    <message>
        <source>%1 shrinks in place to %2; its tail (%3) goes back and coalesces with the free block after it: %4 free there now.</source>
        <translation>%1 原地缩小到 %2；尾部（%3）归还，并与其后的空闲块合并：那里现在有 %4 空闲。</translation>
    </message>
    <message>
        <source>realloc copies %1 from %2 to the new block at %3 and frees the old one.</source>
        <translation>realloc 把 %1 从 %2 复制到 %3 处的新块，并释放旧块。</translation>
    </message>
    <message>
        <source>No free block holds %1, and growing the heap would need the break at %2, past the limit %3: malloc returns NULL.</source>
        <translation>没有空闲块能容纳 %1，而扩展堆需要把断点移到 %2，超过了上限 %3：malloc 返回 NULL。</translation>
    </message>
    <message>
        <source>No free block holds %1, and there is no room for it past the heap&apos;s limit: malloc returns NULL.</source>
        <translation>没有空闲块能容纳 %1，堆的上限之外也没有空间：malloc 返回 NULL。</translation>
    </message>
    <message>
        <source>%1 still pointed to the mapping at %2; assigning malloc&apos;s NULL to %1 loses that pointer: the mapping of %3 leaks — nothing can unmap it now.</source>
        <translation>%1 原本指向位于 %2 的映射；把 malloc 返回的 NULL 赋给 %1 就丢掉了这个指针：这块 %3 的映射泄漏了——现在再也无法解除映射。</translation>
    </message>
    <message>
        <source>%1 still pointed to the mapping at %2; assigning malloc&apos;s result to %1 loses that pointer: the mapping of %3 leaks — nothing can unmap it now.</source>
        <translation>%1 原本指向位于 %2 的映射；把 malloc 的结果赋给 %1 就丢掉了这个指针：这块 %3 的映射泄漏了——现在再也无法解除映射。</translation>
    </message>
    <message>
        <source>%1 still pointed to the block at %2; assigning malloc&apos;s NULL to %1 loses that pointer: the block of %3 leaks — nothing can free it now.</source>
        <translation>%1 原本指向位于 %2 的块；把 malloc 返回的 NULL 赋给 %1 就丢掉了这个指针：这个 %3 的块泄漏了——现在再也无法释放它。</translation>
    </message>
    <message>
        <source>%1 still pointed to the block at %2; assigning malloc&apos;s result to %1 loses that pointer: the block of %3 leaks — nothing can free it now.</source>
        <translation>%1 原本指向位于 %2 的块；把 malloc 的结果赋给 %1 就丢掉了这个指针：这个 %3 的块泄漏了——现在再也无法释放它。</translation>
    </message>
    <message>
        <source>mremap finds no room for the larger mapping: realloc looks for a new block, as malloc does.</source>
        <translation>mremap 找不到容纳更大映射的空间：realloc 像 malloc 一样寻找新块。</translation>
    </message>
    <message>
        <source>The free space right after it is too small: realloc asks malloc for a new block.</source>
        <translation>紧随其后的空闲空间太小：realloc 向 malloc 申请新块。</translation>
    </message>
    <message>
        <source>The block malloc found, %1 at %2, begins exactly where %3&apos;s block ends: realloc joins the two instead of copying (glibc: newp == next), so %3 grows in place to %4 and realloc returns the same pointer.</source>
        <translation>malloc 找到的块（位于 %2，%1）恰好从 %3 的块结束处开始：realloc 把两者合为一块而不复制（glibc：newp == next），于是 %3 原地增长到 %4，realloc 返回同一个指针。</translation>
    </message>
    <message>
        <source>The joined block is %1 longer than needed: those %1 at %2 go back and coalesce with the free block after them, %3 free there now.</source>
        <translation>合并后的块比需要的多出 %1：位于 %2 的这 %1 被归还，并与其后的空闲块合并，那里现在有 %3 空闲。</translation>
    </message>
    <message>
        <source>The joined block is %1 longer than needed: those %1 at %2 go back as a free block.</source>
        <translation>合并后的块比需要的多出 %1：位于 %2 的这 %1 作为空闲块归还。</translation>
    </message>
    <message>
        <source>%1 in whole pages still holds it: there is nothing to remap, and realloc returns the same pointer.</source>
        <translation>按整页计的 %1 仍然放得下：无需重新映射，realloc 返回同一个指针。</translation>
    </message>
    <message>
        <source>mremap shrinks %1&apos;s mapping in place to %2: the %3 of pages after it go back to the kernel, and realloc returns the same pointer.</source>
        <translation>mremap 把 %1 的映射原地缩小到 %2：其后 %3 的页还给内核，realloc 返回同一个指针。</translation>
    </message>
    <message>
        <source>The pages right after %1&apos;s mapping are free: mremap grows it in place to %2, and realloc returns the same pointer.</source>
        <translation>%1 的映射之后的页是空闲的：mremap 把它原地扩大到 %2，realloc 返回同一个指针。</translation>
    </message>
    <message>
        <source>There is no free room right after %1&apos;s mapping: mremap moves it to %2, now %3. The kernel moves its page tables, so no byte is copied; realloc returns %4.</source>
        <translation>%1 的映射之后没有空闲空间：mremap 把它移到 %2，现在是 %3。内核移动的是页表，不复制任何字节；realloc 返回 %4。</translation>
    </message>
    <message>
        <source>Leaked: %1 in %2, which nothing can free.</source>
        <translation>已泄漏：%1，共 %2，再也无法释放。</translation>
    </message>
</context>
<context>
    <name>IpcNarrator</name>
    <message>
        <source>POSIX queue</source>
        <translation>POSIX 队列</translation>
    </message>
    <message>
        <source>System V queue</source>
        <translation>System V 队列</translation>
    </message>
    <message>
        <source>no one waits</source>
        <translation>无人等待</translation>
    </message>
    <message>
        <source>waiting:</source>
        <translation>等待：</translation>
    </message>
    <message>
        <source>▲ read = write</source>
        <translation>▲ 读 = 写</translation>
    </message>
    <message>
        <source>▲ read = write (full)</source>
        <translation>▲ 读 = 写（满）</translation>
    </message>
    <message>
        <source>▲ read</source>
        <translation>▲ 读</translation>
    </message>
    <message>
        <source>▲ write</source>
        <translation>▲ 写</translation>
    </message>
    <message>
        <source>▲ read %1 · write %2</source>
        <translation>▲ 读 %1 · 写 %2</translation>
    </message>
    <message>
        <source>%1 in %2 of %3 page slots</source>
        <translation>%1，占 %3 个页槽中的 %2 个</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>next ▶</source>
        <translation>下一个 ▶</translation>
    </message>
    <message>
        <source>textbook rule</source>
        <translation>教科书定义</translation>
    </message>
    <message>
        <source>POSIX rule</source>
        <translation>POSIX 定义</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>read end: %1 · write end: %2</source>
        <translation>读端：%1 · 写端：%2</translation>
    </message>
    <message>
        <source>prio %1</source>
        <translation>优先级 %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>类型 %1</translation>
    </message>
    <message>
        <source>[%1] was %2</source>
        <translation>[%1] 原为 %2</translation>
    </message>
    <message>
        <source>+%1 more objects</source>
        <translation>另有 %1 个对象</translation>
    </message>
    <message>
        <source>blocked on %1</source>
        <translation>阻塞于 %1</translation>
    </message>
    <message>
        <source>+%1 more processes (%2 blocked)</source>
        <translation>另有 %1 个进程（%2 个阻塞）</translation>
    </message>
    <message>
        <source>+%1 more processes</source>
        <translation>另有 %1 个进程</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>阻塞</translation>
    </message>
    <message>
        <source>no reader: SIGPIPE</source>
        <translation>无读者：SIGPIPE</translation>
    </message>
    <message>
        <source>↻ woken</source>
        <translation>↻ 被唤醒</translation>
    </message>
    <message>
        <source>EOF: no writer left</source>
        <translation>EOF：已无写者</translation>
    </message>
    <message>
        <source>EOF: 0</source>
        <translation>EOF：0</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读</translation>
    </message>
    <message>
        <source>write</source>
        <translation>写</translation>
    </message>
    <message>
        <source>A write of at most PIPE_BUF (%1) bytes is atomic: all %2 go in at once or none do. %3 has room for %4 now, so nothing is written and %5 blocks until %2 fit.</source>
        <translation>不超过 PIPE_BUF（%1）字节的写是原子的：%2 个字节要么一次全部写入，要么一个也不写。%3 现在只有 %4 个字节的空间，所以一个字节也不写，%5 阻塞，直到能放下 %2 个字节。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 bytes fit — a write larger than PIPE_BUF (%3) may be partial — so %4 blocks until %5 drains.</source>
        <translation>%2 个字节中只放得下 %1 个——超过 PIPE_BUF（%3）的写可以只写一部分——所以 %4 阻塞，直到 %5 被读出空间。</translation>
    </message>
    <message>
        <source>%1 is full, so %2 blocks until a reader drains it.</source>
        <translation>%1 已满，所以 %2 阻塞，直到有读者读出数据。</translation>
    </message>
    <message>
        <source>%1 is empty and a writer still holds its write end, so %2 blocks until bytes arrive.</source>
        <translation>%1 为空，而仍有写者持有写端，所以 %2 阻塞，直到有字节到来。</translation>
    </message>
    <message>
        <source>No process has opened FIFO %1 for writing yet: %2&apos;s open for reading blocks until one does (fifo(7)).</source>
        <translation>还没有进程以写方式打开命名管道 %1：%2 以读方式的 open 阻塞，直到有进程打开它（fifo(7)）。</translation>
    </message>
    <message>
        <source>No process has opened FIFO %1 for reading yet: %2&apos;s open for writing blocks until one does (fifo(7)).</source>
        <translation>还没有进程以读方式打开命名管道 %1：%2 以写方式的 open 阻塞，直到有进程打开它（fifo(7)）。</translation>
    </message>
    <message>
        <source>%1 is full (%2 messages, its max_messages): %3 blocks until a receiver takes one.</source>
        <translation>%1 已满（%2 条消息，即其 max_messages）：%3 阻塞，直到有接收者取走一条。</translation>
    </message>
    <message>
        <source>%1 is empty: %2 blocks until a message is sent.</source>
        <translation>%1 为空：%2 阻塞，直到有消息发来。</translation>
    </message>
    <message>
        <source>The message would take %1 past its max_bytes (%2): %3 blocks until receivers make room.</source>
        <translation>这条消息会使 %1 超过其 max_bytes（%2）：%3 阻塞，直到接收者腾出空间。</translation>
    </message>
    <message>
        <source>%1 is empty: %2 blocks until a message arrives.</source>
        <translation>%1 为空：%2 阻塞，直到有消息到来。</translation>
    </message>
    <message>
        <source>%1 holds no message of a type other than %2: %3 blocks until one arrives.</source>
        <translation>%1 中没有类型不是 %2 的消息：%3 阻塞，直到有这样的消息到来。</translation>
    </message>
    <message>
        <source>%1 holds no message of type %2: %3 blocks until one arrives.</source>
        <translation>%1 中没有类型为 %2 的消息：%3 阻塞，直到有这样的消息到来。</translation>
    </message>
    <message>
        <source>%1 holds no message of type %2 or lower: %3 blocks until one arrives.</source>
        <translation>%1 中没有类型不大于 %2 的消息：%3 阻塞，直到有这样的消息到来。</translation>
    </message>
    <message>
        <source>sem_wait decrements %1 to %2: below 0, so %3 blocks in its queue — a negative value counts the waiters (%4).</source>
        <translation>sem_wait 把 %1 减到 %2：小于 0，所以 %3 在它的队列中阻塞——负值就是等待者的个数（%4）。</translation>
    </message>
    <message>
        <source>%1 is 0 and may not go below 0: %2 blocks in its queue until a sem_post.</source>
        <translation>%1 为 0，且不能小于 0：%2 在它的队列中阻塞，直到有 sem_post。</translation>
    </message>
    <message>
        <source>%1 blocks.</source>
        <translation>%1 阻塞。</translation>
    </message>
    <message>
        <source>write fails with EPIPE.</source>
        <translation>write 失败，返回 EPIPE。</translation>
    </message>
    <message>
        <source>The %1 bytes do not fit whole, and a write of at most PIPE_BUF (%2) is all or nothing: with O_NONBLOCK, write fails with EAGAIN instead of waiting.</source>
        <translation>这 %1 个字节放不下全部，而不超过 PIPE_BUF（%2）的写要么全写要么不写：带 O_NONBLOCK 时，write 不等待，而是失败并返回 EAGAIN。</translation>
    </message>
    <message>
        <source>%1 is full: with O_NONBLOCK, write fails with EAGAIN instead of waiting.</source>
        <translation>%1 已满：带 O_NONBLOCK 时，write 不等待，而是失败并返回 EAGAIN。</translation>
    </message>
    <message>
        <source>%1 is empty and a writer still holds it open: with O_NONBLOCK, read fails with EAGAIN instead of waiting.</source>
        <translation>%1 为空，而仍有写者打开着它：带 O_NONBLOCK 时，read 不等待，而是失败并返回 EAGAIN。</translation>
    </message>
    <message>
        <source>%1 bytes is over pipe-max-size (%2): an unprivileged process gets EPERM.</source>
        <translation>%1 字节超过了 pipe-max-size（%2）：无特权的进程得到 EPERM。</translation>
    </message>
    <message>
        <source>%1 holds more than %2 bytes would take: fcntl fails with EBUSY and the size stays.</source>
        <translation>%1 中的数据比 %2 字节能容纳的多：fcntl 失败并返回 EBUSY，大小不变。</translation>
    </message>
    <message>
        <source>fcntl fails with %1.</source>
        <translation>fcntl 失败，返回 %1。</translation>
    </message>
    <message>
        <source>No process has FIFO %1 open for reading: a non-blocking open for writing fails with ENXIO (fifo(7)).</source>
        <translation>没有进程以读方式打开命名管道 %1：非阻塞的写方式 open 失败，返回 ENXIO（fifo(7)）。</translation>
    </message>
    <message>
        <source>Priority %1 is not below MQ_PRIO_MAX (32768): mq_send fails with EINVAL.</source>
        <translation>优先级 %1 不小于 MQ_PRIO_MAX（32768）：mq_send 失败，返回 EINVAL。</translation>
    </message>
    <message>
        <source>The message (%1) is longer than %2&apos;s message_size (%3): mq_send fails with EMSGSIZE.</source>
        <translation>这条消息（%1）比 %2 的 message_size（%3）长：mq_send 失败，返回 EMSGSIZE。</translation>
    </message>
    <message>
        <source>%1 is full (%2 messages): with O_NONBLOCK, mq_send fails with EAGAIN instead of waiting.</source>
        <translation>%1 已满（%2 条消息）：带 O_NONBLOCK 时，mq_send 不等待，而是失败并返回 EAGAIN。</translation>
    </message>
    <message>
        <source>Its buffer (%1) is shorter than %2&apos;s message_size (%3): mq_receive fails with EMSGSIZE, whatever the queue holds.</source>
        <translation>它的缓冲区（%1）比 %2 的 message_size（%3）短：无论队列里有什么，mq_receive 都失败并返回 EMSGSIZE。</translation>
    </message>
    <message>
        <source>%1 is empty: with O_NONBLOCK, mq_receive fails with EAGAIN instead of waiting.</source>
        <translation>%1 为空：带 O_NONBLOCK 时，mq_receive 不等待，而是失败并返回 EAGAIN。</translation>
    </message>
    <message>
        <source>A message&apos;s type must be at least 1 and its size at most MSGMAX (8192 bytes): msgsnd fails with EINVAL.</source>
        <translation>消息类型至少为 1，长度至多为 MSGMAX（8192 字节）：msgsnd 失败，返回 EINVAL。</translation>
    </message>
    <message>
        <source>The message would take %1 past its max_bytes (%2): with IPC_NOWAIT, msgsnd fails with EAGAIN.</source>
        <translation>这条消息会使 %1 超过其 max_bytes（%2）：带 IPC_NOWAIT 时，msgsnd 失败并返回 EAGAIN。</translation>
    </message>
    <message>
        <source>The message is longer than the buffer: msgrcv fails with E2BIG and the message stays queued.</source>
        <translation>消息比缓冲区长：msgrcv 失败并返回 E2BIG，消息留在队列中。</translation>
    </message>
    <message>
        <source>%1 holds no message of the type asked for: with IPC_NOWAIT, msgrcv fails with ENOMSG.</source>
        <translation>%1 中没有所要类型的消息：带 IPC_NOWAIT 时，msgrcv 失败并返回 ENOMSG。</translation>
    </message>
    <message>
        <source>%1 is at SEM_VALUE_MAX: sem_post fails with EOVERFLOW.</source>
        <translation>%1 已达 SEM_VALUE_MAX：sem_post 失败，返回 EOVERFLOW。</translation>
    </message>
    <message>
        <source>%1 has no unit to take: sem_trywait fails with EAGAIN instead of waiting.</source>
        <translation>%1 没有可取的单位：sem_trywait 不等待，而是失败并返回 EAGAIN。</translation>
    </message>
    <message>
        <source>%1&apos;s call fails with %2.</source>
        <translation>%1 的调用失败，返回 %2。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 bytes fit: non-blocking, write puts those in and returns %1.</source>
        <translation>%2 个字节中只放得下 %1 个：非阻塞的 write 写入这些字节，返回 %1。</translation>
    </message>
    <message>
        <source>%1 writes %2 into %3; there is room, so write returns %4.</source>
        <translation>%1 把 %2 写入 %3；空间足够，write 返回 %4。</translation>
    </message>
    <message>
        <source>%1 is empty and no process holds its write end: read returns 0 — end of file.</source>
        <translation>%1 为空，且没有进程持有它的写端：read 返回 0——文件结束（EOF）。</translation>
    </message>
    <message>
        <source>%1 reads %2 from %3: what is there, %4 of the %5 asked for — read does not wait for more.</source>
        <translation>%1 从 %3 读到 %2：只有这些，要读 %5 个字节，得到 %4 个——read 不会等待更多数据。</translation>
    </message>
    <message>
        <source>%1 reads %2 from %3 (%4).</source>
        <translation>%1 从 %3 读到 %2（%4）。</translation>
    </message>
    <message>
        <source>%1 closes its %2 end of %3.</source>
        <translation>%1 关闭它持有的 %3 的%2端。</translation>
    </message>
    <message>
        <source>fcntl(F_SETPIPE_SZ) asks for %1 bytes: rounded up to a whole page and then to a power of two, %2 now holds %3 bytes (%4 slots).</source>
        <translation>fcntl(F_SETPIPE_SZ) 请求 %1 字节：先向上取整到整页，再取整到 2 的幂，%2 现在可容纳 %3 字节（%4 个页槽）。</translation>
    </message>
    <message>
        <source>fcntl(F_SETPIPE_SZ): %1 now holds %2 bytes.</source>
        <translation>fcntl(F_SETPIPE_SZ)：%1 现在可容纳 %2 字节。</translation>
    </message>
    <message>
        <source>%1 opens FIFO %2 for reading; with O_NONBLOCK it returns at once, writer or not.</source>
        <translation>%1 以读方式打开命名管道 %2；带 O_NONBLOCK 时，无论有没有写者都立即返回。</translation>
    </message>
    <message>
        <source>%1 opens FIFO %2 for reading: a writer has it open, so open returns.</source>
        <translation>%1 以读方式打开命名管道 %2：已有写者打开它，所以 open 返回。</translation>
    </message>
    <message>
        <source>%1 opens FIFO %2 for writing: a reader has it open, so open returns.</source>
        <translation>%1 以写方式打开命名管道 %2：已有读者打开它，所以 open 返回。</translation>
    </message>
    <message>
        <source>%1 sends %2 with priority %3 to %4.</source>
        <translation>%1 以优先级 %3 把 %2 发送到 %4。</translation>
    </message>
    <message>
        <source>%1 sends %2 with priority %3 to %4: it is queued after every message of higher or equal priority.</source>
        <translation>%1 以优先级 %3 把 %2 发送到 %4：它排在所有优先级更高或相同的消息之后。</translation>
    </message>
    <message>
        <source>%1 receives %2 (priority %3) from %4: the oldest message of the highest priority.</source>
        <translation>%1 从 %4 收到 %2（优先级 %3）：优先级最高的消息中最早的一条。</translation>
    </message>
    <message>
        <source>%1 sends %2 of type %3 to %4; it joins the end of the queue.</source>
        <translation>%1 把类型为 %3 的 %2 发送到 %4；它排到队尾。</translation>
    </message>
    <message>
        <source>the first message in the queue</source>
        <translation>队列中的第一条消息</translation>
    </message>
    <message>
        <source>the first message of a type other than %1</source>
        <translation>第一条类型不是 %1 的消息</translation>
    </message>
    <message>
        <source>the first message of type %1</source>
        <translation>第一条类型为 %1 的消息</translation>
    </message>
    <message>
        <source>the first message of the lowest type, at most %1</source>
        <translation>类型最小（不大于 %1）的第一条消息</translation>
    </message>
    <message>
        <source>%1 receives %2 (type %3) from %4: %5.</source>
        <translation>%1 从 %4 收到 %2（类型 %3）：%5。</translation>
    </message>
    <message>
        <source>%1 decrements %2 to %3: not below 0, so %4 goes on.</source>
        <translation>%1 把 %2 减到 %3：不小于 0，所以 %4 继续执行。</translation>
    </message>
    <message>
        <source>%1 takes a unit of %2 (%3 → %4) and %5 goes on.</source>
        <translation>%1 从 %2 取走一个单位（%3 → %4），%5 继续执行。</translation>
    </message>
    <message>
        <source>sem_post increments %1 to %2: still not above 0, so a process waits, and the longest waiter wakes.</source>
        <translation>sem_post 把 %1 加到 %2：仍不大于 0，说明有进程在等待，等待最久的那个被唤醒。</translation>
    </message>
    <message>
        <source>sem_post finds processes waiting on %1: it hands its unit straight to the longest waiter, and the value stays %2.</source>
        <translation>sem_post 发现有进程在 %1 上等待：它把这个单位直接交给等待最久的进程，值仍为 %2。</translation>
    </message>
    <message>
        <source>sem_post increments %1 to %2; no process waits.</source>
        <translation>sem_post 把 %1 加到 %2；没有进程在等待。</translation>
    </message>
    <message>
        <source>sem_post raises %1 from %2 to %3; no process waits.</source>
        <translation>sem_post 把 %1 从 %2 加到 %3；没有进程在等待。</translation>
    </message>
    <message>
        <source>%1 loads %2[%3] = %4 into its register %5.</source>
        <translation>%1 把 %2[%3] = %4 读入它的寄存器 %5。</translation>
    </message>
    <message>
        <source>%1 adds %2 to its register: %3 = %4, in the register only — shared memory does not change.</source>
        <translation>%1 给它的寄存器加 %2：%3 = %4，只在寄存器中——共享内存没有变。</translation>
    </message>
    <message>
        <source>%1 stores its register %2 = %3 into %4[%5].</source>
        <translation>%1 把它的寄存器 %2 = %3 写回 %4[%5]。</translation>
    </message>
    <message>
        <source>%1 finishes its computation.</source>
        <translation>%1 完成计算。</translation>
    </message>
    <message>
        <source>%1 wakes.</source>
        <translation>%1 被唤醒。</translation>
    </message>
    <message>
        <source>%1&apos;s write, part done, returns the %2 it had written.</source>
        <translation>%1 的 write 只完成了一部分，返回已写入的 %2。</translation>
    </message>
    <message>
        <source>%1 wakes and its write completes (%2).</source>
        <translation>%1 被唤醒，它的 write 完成（%2）。</translation>
    </message>
    <message>
        <source>%1 wakes: %2 is empty and no process holds its write end any more, so read returns 0 — end of file.</source>
        <translation>%1 被唤醒：%2 为空，且已没有进程持有它的写端，所以 read 返回 0——文件结束（EOF）。</translation>
    </message>
    <message>
        <source>%1 wakes: its read returns %2 (%3).</source>
        <translation>%1 被唤醒：它的 read 返回 %2（%3）。</translation>
    </message>
    <message>
        <source>%1 wakes: FIFO %2 now has a writer, so its open returns.</source>
        <translation>%1 被唤醒：命名管道 %2 现在有了写者，所以它的 open 返回。</translation>
    </message>
    <message>
        <source>%1 wakes: FIFO %2 now has a reader, so its open returns.</source>
        <translation>%1 被唤醒：命名管道 %2 现在有了读者，所以它的 open 返回。</translation>
    </message>
    <message>
        <source>%1 was waiting in mq_receive: the message goes straight to it, %2 (priority %3), and it wakes.</source>
        <translation>%1 正在 mq_receive 中等待：消息 %2（优先级 %3）直接交给它，它被唤醒。</translation>
    </message>
    <message>
        <source>%1 wakes: there is room now, and its message %2 goes in.</source>
        <translation>%1 被唤醒：现在有空间了，它的消息 %2 进入队列。</translation>
    </message>
    <message>
        <source>%1 wakes with %2 (type %3).</source>
        <translation>%1 被唤醒，收到 %2（类型 %3）。</translation>
    </message>
    <message>
        <source>%1 wakes: its message %2 fits now and goes in.</source>
        <translation>%1 被唤醒：它的消息 %2 现在放得下了，进入队列。</translation>
    </message>
    <message>
        <source>%1&apos;s sem_wait on %2 returns: it goes on.</source>
        <translation>%1 在 %2 上的 sem_wait 返回：它继续执行。</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 字节</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>POSIX message queue</source>
        <translation>POSIX 消息队列</translation>
    </message>
    <message>
        <source>System V message queue</source>
        <translation>System V 消息队列</translation>
    </message>
    <message>
        <source>semaphore</source>
        <translation>信号量</translation>
    </message>
    <message>
        <source>shared memory</source>
        <translation>共享内存</translation>
    </message>
    <message>
        <source>killed by SIGPIPE</source>
        <translation>被 SIGPIPE 杀死</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>close(%1, %2 end)</source>
        <translation>close(%1, %2端)</translation>
    </message>
    <message>
        <source>mq_send(%1, %2, prio %3%4)</source>
        <translation>mq_send(%1, %2, 优先级 %3%4)</translation>
    </message>
    <message>
        <source>msgsnd(%1, type %2, %3%4)</source>
        <translation>msgsnd(%1, 类型 %2, %3%4)</translation>
    </message>
    <message>
        <source>msgrcv(%1, type %2%3)</source>
        <translation>msgrcv(%1, 类型 %2%3)</translation>
    </message>
    <message>
        <source>compute (1 step)</source>
        <translation>计算（1 步）</translation>
    </message>
    <message>
        <source>compute (%1 steps)</source>
        <translation>计算（%1 步）</translation>
    </message>
    <message>
        <source>Step %1: %2 runs %3.</source>
        <translation>第 %1 步：%2 执行 %3。</translation>
    </message>
    <message>
        <source>Step %1: %2 runs.</source>
        <translation>第 %1 步：%2 运行。</translation>
    </message>
    <message>
        <source>%1 is next in the schedule but has exited, so the schedule&apos;s next entry runs.</source>
        <translation>调度表中轮到 %1，但它已退出，所以由调度表中的下一项运行。</translation>
    </message>
    <message>
        <source>%1 is next in the schedule but is blocked, so the schedule&apos;s next entry runs.</source>
        <translation>调度表中轮到 %1，但它处于阻塞状态，所以由调度表中的下一项运行。</translation>
    </message>
    <message>
        <source>No process holds %1&apos;s read end: the kernel sends %2 SIGPIPE, whose default action kills it.</source>
        <translation>没有进程持有 %1 的读端：内核向 %2 发送 SIGPIPE，其默认动作杀死了它。</translation>
    </message>
    <message>
        <source>No process holds %1&apos;s read end: the kernel sends %2 SIGPIPE, which it ignores.</source>
        <translation>没有进程持有 %1 的读端：内核向 %2 发送 SIGPIPE，它忽略了这个信号。</translation>
    </message>
    <message>
        <source>%1 computes; it touches no object (1 step of it left).</source>
        <translation>%1 进行计算，不涉及任何对象（还剩 1 步）。</translation>
    </message>
    <message>
        <source>%1 computes; it touches no object (%2 steps of it left).</source>
        <translation>%1 进行计算，不涉及任何对象（还剩 %2 步）。</translation>
    </message>
    <message>
        <source>The last reader is gone while %1 waits to write: the kernel sends it SIGPIPE, whose default action kills it.</source>
        <translation>%1 还在等待写入时，最后一个读者走了：内核向它发送 SIGPIPE，其默认动作杀死了它。</translation>
    </message>
    <message>
        <source>The last reader is gone while %1 waits to write: the kernel sends it SIGPIPE, which it ignores.</source>
        <translation>%1 还在等待写入时，最后一个读者走了：内核向它发送 SIGPIPE，它忽略了这个信号。</translation>
    </message>
    <message>
        <source>%1 exits; its pipe ends close.</source>
        <translation>%1 退出；它持有的管道端随之关闭。</translation>
    </message>
    <message>
        <source>%1 exits.</source>
        <translation>%1 退出。</translation>
    </message>
    <message>
        <source>%1 has run its whole program: it exits, and its pipe ends close.</source>
        <translation>%1 已执行完整个程序：它退出，持有的管道端随之关闭。</translation>
    </message>
    <message>
        <source>%1 has run its whole program: it exits.</source>
        <translation>%1 已执行完整个程序：它退出。</translation>
    </message>
    <message>
        <source>%1 waits for %2</source>
        <translation>%1 等待 %2</translation>
    </message>
    <message>
        <source>Every process still alive is blocked: deadlock, and the run ends.</source>
        <translation>所有仍存活的进程都已阻塞：死锁，运行结束。</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The wait-for cycle: %1 — none of them can ever go on.</source>
        <translation>等待环：%1——其中任何一个都再也无法继续。</translation>
    </message>
    <message>
        <source>There is no cycle: they wait for processes that have exited, or for none, so no one will ever wake them.</source>
        <translation>没有环：它们等待的进程已经退出，或者根本没有可等待的进程，所以永远不会有人唤醒它们。</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>写入 %1</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>读出 %1</translation>
    </message>
    <message>
        <source>blocked 1 step</source>
        <translation>阻塞 1 步</translation>
    </message>
    <message>
        <source>blocked %1 steps</source>
        <translation>阻塞 %1 步</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Deadlock: every process still alive is blocked.</source>
        <translation>死锁：所有仍存活的进程都已阻塞。</translation>
    </message>
    <message>
        <source>Start: %1 processes, %2 objects. Each step runs one action of one process.</source>
        <translation>开始：%1 个进程，%2 个对象。每一步执行一个进程的一个动作。</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 runs %4</source>
        <translation>第 %1 步，共 %2 步：%3 执行 %4</translation>
    </message>
    <message>
        <source>Deadlock: %1</source>
        <translation>死锁：%1</translation>
    </message>
    <message>
        <source>Deadlock: every live process is blocked</source>
        <translation>死锁：所有存活的进程都已阻塞</translation>
    </message>
    <message>
        <source>%1 does not hold %2&apos;s write end (never opened, or closed already): write fails with EBADF.</source>
        <translation>%1 没有持有 %2 的写端（从未打开，或已关闭）：write 失败，返回 EBADF。</translation>
    </message>
    <message>
        <source>%1 does not hold %2&apos;s read end (never opened, or closed already): read fails with EBADF.</source>
        <translation>%1 没有持有 %2 的读端（从未打开，或已关闭）：read 失败，返回 EBADF。</translation>
    </message>
    <message>
        <source>%1 does not hold %2&apos;s %3 end (never opened, or closed already): close fails with EBADF.</source>
        <translation>%1 没有持有 %2 的%3端（从未打开，或已关闭）：close 失败，返回 EBADF。</translation>
    </message>
    <message>
        <source>%1 holds no end of %2: the call fails with EBADF.</source>
        <translation>%1 没有持有 %2 的任何一端：调用失败，返回 EBADF。</translation>
    </message>
</context>
<context>
    <name>IpcObjectText</name>
    <message>
        <source>%1 of %2 in %3 of %4 slots</source>
        <translation>%1 / %2，占 %4 个页槽中的 %3 个</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%1 / %2 条消息</translation>
    </message>
    <message>
        <source>%1 messages, %2 of %3</source>
        <translation>%1 条消息，%2 / %3</translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>值 %1</translation>
    </message>
    <message>
        <source>Linux page slots of %1, PIPE_BUF %2</source>
        <translation>Linux 页槽，每个 %1，PIPE_BUF %2</translation>
    </message>
    <message>
        <source>capacity %1, PIPE_BUF %2</source>
        <translation>容量 %1，PIPE_BUF %2</translation>
    </message>
    <message>
        <source>at most %1 messages of %2</source>
        <translation>至多 %1 条消息，每条 %2</translation>
    </message>
    <message>
        <source>max_bytes %1</source>
        <translation>max_bytes %1</translation>
    </message>
    <message>
        <source>textbook rule, starts at %1</source>
        <translation>教科书定义，初值 %1</translation>
    </message>
    <message>
        <source>POSIX rule, starts at %1</source>
        <translation>POSIX 定义，初值 %1</translation>
    </message>
    <message>
        <source>1 cell</source>
        <translation>1 个单元</translation>
    </message>
    <message>
        <source>%1 cells</source>
        <translation>%1 个单元</translation>
    </message>
</context>
<context>
    <name>IpcSequenceChart</name>
    <message>
        <source>FIFO</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>POSIX message queue</source>
        <translation>POSIX 消息队列</translation>
    </message>
    <message>
        <source>System V message queue</source>
        <translation>System V 消息队列</translation>
    </message>
    <message>
        <source>semaphore</source>
        <translation>信号量</translation>
    </message>
    <message>
        <source>shared memory</source>
        <translation>共享内存</translation>
    </message>
</context>
<context>
    <name>ModulePresenter</name>
    <message>
        <source>Page replacement</source>
        <translation>页面置换</translation>
    </message>
    <message>
        <source>Buddy allocator</source>
        <translation>伙伴分配器</translation>
    </message>
    <message>
        <source>Slab allocator</source>
        <translation>Slab 分配器</translation>
    </message>
    <message>
        <source>CFS scheduler</source>
        <translation>CFS 调度器</translation>
    </message>
    <message>
        <source>Scheduling: FIFO, SJF, STCF, RR</source>
        <translation>调度：FIFO、SJF、STCF、RR</translation>
    </message>
    <message>
        <source>Deadlock avoidance: the banker&apos;s algorithm</source>
        <translation>死锁避免：银行家算法</translation>
    </message>
    <message>
        <source>Deadlock detection and recovery</source>
        <translation>死锁检测与恢复</translation>
    </message>
    <message>
        <source>Virtual memory: address translation</source>
        <translation>虚拟内存：地址转换</translation>
    </message>
    <message>
        <source>malloc and free: the free list</source>
        <translation>malloc 与 free：空闲链表</translation>
    </message>
    <message>
        <source>Interprocess communication</source>
        <translation>进程间通信</translation>
    </message>
</context>
<context>
    <name>PagingNarrator</name>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>LRU</source>
        <translation>LRU</translation>
    </message>
    <message>
        <source>OPT</source>
        <translation>OPT</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>LFU</source>
        <translation>LFU</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Page %1 is already in frame %2: a hit, no fault.</source>
        <translation>页 %1 已在页框 %2 中：命中，不缺页。</translation>
    </message>
    <message>
        <source>Page %1 is not in any frame: page fault.</source>
        <translation>页 %1 不在任何页框中：缺页。</translation>
    </message>
    <message>
        <source>The hand finds page %1 in frame %2 with its reference bit set: it gets a second chance, the bit is cleared and the hand moves on.</source>
        <translation>指针发现页框 %2 中的页 %1 引用位为 1：给它第二次机会，清零引用位，指针继续前进。</translation>
    </message>
    <message>
        <source>Memory is full. FIFO evicts page %1 from frame %2: it was loaded first, at step %3.</source>
        <translation>内存已满。FIFO 从页框 %2 淘汰页 %1：它最先调入，在第 %3 步。</translation>
    </message>
    <message>
        <source>Memory is full. LRU evicts page %1 from frame %2: its last use, at step %3, is the longest ago.</source>
        <translation>内存已满。LRU 从页框 %2 淘汰页 %1：它最近一次使用在第 %3 步，距今最久。</translation>
    </message>
    <message>
        <source>Memory is full. OPT evicts page %1 from frame %2: it is never used again.</source>
        <translation>内存已满。OPT 从页框 %2 淘汰页 %1：它以后不再被使用。</translation>
    </message>
    <message>
        <source>Memory is full. OPT evicts page %1 from frame %2: its next use, at step %3, is the farthest in the future.</source>
        <translation>内存已满。OPT 从页框 %2 淘汰页 %1：它下一次使用在第 %3 步，是未来最远的。</translation>
    </message>
    <message>
        <source>Memory is full. LFU evicts page %1 from frame %2: used %3 times since it was loaded, the fewest (ties go to the page loaded first).</source>
        <translation>内存已满。LFU 从页框 %2 淘汰页 %1：调入以来只用了 %3 次，是最少的（次数相同时淘汰最先调入的页）。</translation>
    </message>
    <message>
        <source>Memory is full. Clock evicts page %1 from frame %2: its reference bit is 0 where the hand stands.</source>
        <translation>内存已满。时钟算法从页框 %2 淘汰页 %1：指针指向该页框，页 %1 的引用位为 0。</translation>
    </message>
    <message>
        <source>Memory is full. Random evicts page %1 from frame %2, drawn from the scenario&apos;s seeded generator.</source>
        <translation>内存已满。随机算法从页框 %2 淘汰页 %1，由场景的带种子随机数生成器选出。</translation>
    </message>
    <message>
        <source>Page %1 is dirty: it is written back to disk before frame %2 is reused.</source>
        <translation>页 %1 是脏页：在页框 %2 被重用之前，先把它写回磁盘。</translation>
    </message>
    <message>
        <source>Page %1 is clean: it leaves frame %2 without a write-back.</source>
        <translation>页 %1 是干净的：离开页框 %2 时无需写回。</translation>
    </message>
    <message>
        <source>Page %1 is read into free frame %2.</source>
        <translation>页 %1 被读入空闲页框 %2。</translation>
    </message>
    <message>
        <source>Page %1 is read into frame %2.</source>
        <translation>页 %1 被读入页框 %2。</translation>
    </message>
    <message>
        <source>The write sets the dirty bit of page %1 in frame %2.</source>
        <translation>写操作置位了页框 %2 中页 %1 的脏位。</translation>
    </message>
    <message>
        <source>%1, frames: %2; references: %3, faults: %4, hits: %5, write-backs: %6; hit rate %7%.</source>
        <translation>%1，%2 个页框：%3 次引用，%4 次缺页，%5 次命中，%6 次写回；命中率 %7%。</translation>
    </message>
    <message>
        <source>Step %1: write to page %2.</source>
        <translation>第 %1 步：写页 %2。</translation>
    </message>
    <message>
        <source>Step %1: read of page %2.</source>
        <translation>第 %1 步：读页 %2。</translation>
    </message>
    <message>
        <source>Memory is full. LFU evicts page %1 from frame %2: used once since it was loaded, the fewest (ties go to the page loaded first).</source>
        <translation>内存已满。LFU 从页框 %2 淘汰页 %1：调入以来只用了 1 次，是最少的（次数相同时淘汰最先调入的页）。</translation>
    </message>
</context>
<context>
    <name>SafeFileWrite</name>
    <message>
        <source>the disk is full (no space left on device)</source>
        <translation>磁盘已满（设备上没有剩余空间）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SceneExporter</name>
    <message>
        <source>unknown view &quot;%1&quot;</source>
        <translation>未知视图“%1”</translation>
    </message>
    <message>
        <source>the PNG scale must be between 0.25 and 8, not %1</source>
        <translation>PNG 缩放倍数必须在 0.25 到 8 之间，而不是 %1</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;; use .svg, .png or .pdf</source>
        <translation>未知的导出格式“%1”；请使用 .svg、.png 或 .pdf</translation>
    </message>
    <message>
        <source>a deck holds at most %1 pages, one per step; this scenario has %2 steps</source>
        <translation>PDF 每页一步，最多 %1 页；此场景有 %2 步</translation>
    </message>
    <message>
        <source>a folder of steps holds SVG or PNG files, not &quot;%1&quot;</source>
        <translation>按步导出的文件夹只能存放 SVG 或 PNG 文件，而不是“%1”</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>not enough memory for a PNG of %1x%2 pixels</source>
        <translation>内存不足，无法生成 %1×%2 像素的 PNG</translation>
    </message>
    <message>
        <source>the PNG could not be encoded</source>
        <translation>无法编码 PNG</translation>
    </message>
</context>
<context>
    <name>SchedNarrator</name>
    <message>
        <source>, quantum %1</source>
        <translation>，时间片 %1</translation>
    </message>
    <message>
        <source>t = %1    %2 ready</source>
        <translation>t = %1&#x3000;就绪 %2 个</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>burst left: %1</source>
        <translation>剩余区间：%1</translation>
    </message>
    <message>
        <source>quantum ends at %1</source>
        <translation>时间片在 %1 结束</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Ready queue, shortest next burst first</source>
        <translation>就绪队列，下一个 CPU 区间最短者在前</translation>
    </message>
    <message>
        <source>Ready queue, head first</source>
        <translation>就绪队列，队首在前</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>另有 %1 个</translation>
    </message>
    <message>
        <source>%1 joins the ready queue, at its head.</source>
        <translation>%1 进入就绪队列，位于队首。</translation>
    </message>
    <message>
        <source>%1 joins the tail of the ready queue (place %2).</source>
        <translation>%1 排到就绪队列队尾（第 %2 位）。</translation>
    </message>
    <message>
        <source>%1 joins the ready queue at place %2: its next CPU burst is %3, and shorter bursts go first.</source>
        <translation>%1 进入就绪队列第 %2 位：它的下一个 CPU 区间为 %3，区间越短越靠前。</translation>
    </message>
    <message>
        <source>The ready queue is empty: the CPU is idle.</source>
        <translation>就绪队列为空：CPU 空闲。</translation>
    </message>
    <message>
        <source>%1, at the head of the ready queue, gets the CPU for a quantum of %2 (until %3).</source>
        <translation>队首的 %1 获得 CPU，时间片 %2（到 %3 为止）。</translation>
    </message>
    <message>
        <source>%1, first in the ready queue, gets the CPU and keeps it until its burst ends.</source>
        <translation>就绪队列中第一个的 %1 获得 CPU，并一直运行到它的区间结束。</translation>
    </message>
    <message>
        <source>%1 has the shortest next CPU burst (%2): it gets the CPU.</source>
        <translation>%1 的下一个 CPU 区间最短（%2）：它获得 CPU。</translation>
    </message>
    <message>
        <source>%1 needs only %2, less than the %3 %4 has left: %1 preempts it (STCF).</source>
        <translation>%1 只需要 %2，少于 %4 剩余的 %3：%1 抢占它（STCF）。</translation>
    </message>
    <message>
        <source>endless</source>
        <translation>一直运行</translation>
    </message>
    <message>
        <source>FIFO (first come, first served)</source>
        <translation>FIFO（先来先服务）</translation>
    </message>
    <message>
        <source>SJF (shortest job first)</source>
        <translation>SJF（最短作业优先）</translation>
    </message>
    <message>
        <source>STCF (shortest time to completion first)</source>
        <translation>STCF（最短完成时间优先）</translation>
    </message>
    <message>
        <source>RR (round robin)</source>
        <translation>时间片轮转（RR）</translation>
    </message>
    <message>
        <source>Step %1, at %2:</source>
        <translation>第 %1 步，时刻 %2：</translation>
    </message>
    <message>
        <source>%1 ran %2.</source>
        <translation>%1 运行了 %2。</translation>
    </message>
    <message>
        <source>%1 is spawned.</source>
        <translation>%1 被创建。</translation>
    </message>
    <message>
        <source>%1 arrives.</source>
        <translation>%1 到达。</translation>
    </message>
    <message>
        <source>%1&apos;s I/O is done: it is ready again.</source>
        <translation>%1 的 I/O 完成：它重新就绪。</translation>
    </message>
    <message>
        <source>%1 waits for I/O until %2.</source>
        <translation>%1 等待 I/O 直到 %2。</translation>
    </message>
    <message>
        <source>%1 has no work left: it exits.</source>
        <translation>%1 没有剩余工作：它退出。</translation>
    </message>
    <message>
        <source>renice %1 from %2 to %3: %4 does not look at nice values, so nothing else changes.</source>
        <translation>renice %1：nice 从 %2 改为 %3；%4 不看 nice 值，因此别的都不变。</translation>
    </message>
    <message>
        <source>The run ends at %1 (until_ns).</source>
        <translation>运行在 %1 结束（until_ns）。</translation>
    </message>
    <message>
        <source>At %1 under %2: %3 ready, CPU busy %4 of the time.</source>
        <translation>时刻 %1，策略 %2：%3 个就绪，CPU 忙碌时间占 %4。</translation>
    </message>
    <message>
        <source>%1 is the only task ready: it gets the CPU (its next CPU burst: %2).</source>
        <translation>%1 是唯一就绪的任务：它获得 CPU（下一个 CPU 区间：%2）。</translation>
    </message>
    <message>
        <source>At %1 %2&apos;s quantum was used up, but no other task was ready: %2 kept the CPU with a fresh quantum of %3, until %4.</source>
        <translation>%1 时 %2 的时间片用完，但没有别的任务就绪：%2 继续占用 CPU，得到一个新的 %3 时间片，到 %4 为止。</translation>
    </message>
    <message>
        <source>From %1 on, %2&apos;s quantum was used up %3 times with no other task ready: each time %2 kept the CPU with a fresh quantum of %4; the last one runs until %5.</source>
        <translation>从 %1 起，%2 的时间片用完了 %3 次，每次都没有别的任务就绪：%2 每次都继续占用 CPU，得到一个新的 %4 时间片；最后一个到 %5 为止。</translation>
    </message>
    <message>
        <source>%1 keeps the CPU: FIFO never takes it from a running task.</source>
        <translation>%1 继续占用 CPU：FIFO 从不从正在运行的任务手中收回 CPU。</translation>
    </message>
    <message>
        <source>%1 keeps the CPU: SJF does not preempt, so a shorter job waits until %1&apos;s burst ends.</source>
        <translation>%1 继续占用 CPU：SJF 不抢占，更短的作业也要等到 %1 的区间结束。</translation>
    </message>
    <message>
        <source>%1 needs %2, no less than the %3 %4 has left: %4 keeps the CPU.</source>
        <translation>%1 需要 %2，不少于 %4 剩余的 %3：%4 继续占用 CPU。</translation>
    </message>
    <message>
        <source>%1 keeps the CPU until its quantum ends at %2.</source>
        <translation>%1 继续占用 CPU，直到它的时间片在 %2 结束。</translation>
    </message>
    <message>
        <source>More happens at t = %1 too: the scheduler decides once all of it has happened.</source>
        <translation>时刻 %1 还有别的事要发生：调度器等它们都发生后再做决定。</translation>
    </message>
    <message>
        <source>Averages over the %1 tasks: response %2, turnaround %3, waiting %4.</source>
        <translation>%1 个任务的平均值：响应时间 %2，周转时间 %3，等待时间 %4。</translation>
    </message>
    <message>
        <source>%1 (of the %2 that ran)</source>
        <translation>%1（已运行的 %2 个任务）</translation>
    </message>
    <message>
        <source>%1 (of the %2 finished)</source>
        <translation>%1（已完成的 %2 个任务）</translation>
    </message>
    <message>
        <source>%1 of %2 tasks finished. Averages so far: response %3, turnaround %4, waiting %5.</source>
        <translation>%2 个任务中有 %1 个已完成。目前的平均值：响应时间 %3，周转时间 %4，等待时间 %5。</translation>
    </message>
    <message>
        <source>%1 has used up its quantum of %2 and another task is ready: %1 gives up the CPU.</source>
        <translation>%1 用完了 %2 的时间片，且有其他任务就绪：%1 让出 CPU。</translation>
    </message>
    <message>
        <source>%1 has used up its quantum of %2 and now another task is ready: %1 gives up the CPU, after %3 on it (%4 quanta in a row).</source>
        <translation>%1 用完了 %2 的时间片，此时有其他任务就绪：%1 在 CPU 上运行了 %3（连续 %4 个时间片）后让出 CPU。</translation>
    </message>
</context>
<context>
    <name>SequenceRowBuilder</name>
    <message>
        <source>close read end</source>
        <translation>关闭读端</translation>
    </message>
    <message>
        <source>close write end</source>
        <translation>关闭写端</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>%1 returns %2</source>
        <translation>%1 返回 %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>0 = EOF</source>
        <translation>0 = EOF</translation>
    </message>
    <message>
        <source>%1 returns</source>
        <translation>%1 返回</translation>
    </message>
    <message>
        <source>%1 %2 prio %3</source>
        <translation>%1 %2 优先级 %3</translation>
    </message>
    <message>
        <source>%1 → %2 prio %3</source>
        <translation>%1 → %2 优先级 %3</translation>
    </message>
    <message>
        <source>%1 %2 type %3</source>
        <translation>%1 %2 类型 %3</translation>
    </message>
    <message>
        <source>%1 → %2 type %3</source>
        <translation>%1 → %2 类型 %3</translation>
    </message>
    <message>
        <source>%1: blocks</source>
        <translation>%1：阻塞</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 in, blocks</source>
        <translation>%1 %2：已写入 %3 / %4，阻塞</translation>
    </message>
    <message>
        <source>%1 %2 (%3): blocks</source>
        <translation>%1 %2（%3）：阻塞</translation>
    </message>
    <message>
        <source>%1 %2: blocks</source>
        <translation>%1 %2：阻塞</translation>
    </message>
    <message>
        <source>%1 %2: no reader</source>
        <translation>%1 %2：没有读者</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>被杀死</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>%1 waits for %2</source>
        <translation>%1 等待 %2</translation>
    </message>
    <message>
        <source>Deadlock: every live process is blocked.</source>
        <translation>死锁：所有存活的进程都已阻塞。</translation>
    </message>
    <message>
        <source>Cycle: %1.</source>
        <translation>等待环：%1。</translation>
    </message>
    <message>
        <source>%1; no cycle.</source>
        <translation>%1；没有环。</translation>
    </message>
</context>
<context>
    <name>SlabCacheRow</name>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>pages %1–%2</source>
        <translation>第 %1–%2 页</translation>
    </message>
    <message>
        <source>%1 B left over: one colour</source>
        <translation>剩余 %1 B：只有一种着色</translation>
    </message>
    <message>
        <source>%1 B left over: %2 colours, colour_next %3</source>
        <translation>剩余 %1 B：%2 种着色，colour_next = %3</translation>
    </message>
    <message>
        <source>objsize %1 B</source>
        <translation>objsize %1 B</translation>
    </message>
    <message>
        <source>objsize %1 B (asked %2)</source>
        <translation>objsize %1 B（申请 %2）</translation>
    </message>
    <message>
        <source>1 object per slab of %1</source>
        <translation>每个 slab %1，放 1 个对象</translation>
    </message>
    <message>
        <source>%1 objects per slab of %2</source>
        <translation>每个 slab %2，放 %1 个对象</translation>
    </message>
    <message>
        <source>freelist: in a free object (in_object)</source>
        <translation>freelist：放在一个空闲对象里（in_object）</translation>
    </message>
    <message>
        <source>freelist: at the slab&apos;s end (on_slab)</source>
        <translation>freelist：位于 slab 末尾（on_slab）</translation>
    </message>
    <message>
        <source>objects in use: %1 of %2</source>
        <translation>在用对象：%1 / %2</translation>
    </message>
    <message>
        <source>%1 · colour %2 · %3 of %4 in use</source>
        <translation>%1 · 着色 %2 · 在用 %3 / %4</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>+ %1 more slabs</source>
        <translation>+ 另有 %1 个 slab</translation>
    </message>
    <message>
        <source>· %1 of %2 in use</source>
        <translation>· 在用 %1 / %2</translation>
    </message>
    <message>
        <source>1 slab</source>
        <translation>1 个 slab</translation>
    </message>
    <message>
        <source>%1 slabs</source>
        <translation>%1 个 slab</translation>
    </message>
</context>
<context>
    <name>SlabLegend</name>
    <message>
        <source>object in use, with its holder</source>
        <translation>在用对象（标出持有者）</translation>
    </message>
    <message>
        <source>free object, with its index</source>
        <translation>空闲对象（标出序号）</translation>
    </message>
    <message>
        <source>free object that holds the freelist (in_object)</source>
        <translation>存放 freelist 的空闲对象（in_object）</translation>
    </message>
    <message>
        <source>colour padding</source>
        <translation>着色偏移</translation>
    </message>
    <message>
        <source>left over</source>
        <translation>剩余空间</translation>
    </message>
    <message>
        <source>freelist array (on_slab)</source>
        <translation>freelist 数组（on_slab）</translation>
    </message>
    <message>
        <source>next object handed out (freelist[active])</source>
        <translation>下一个分配出去的对象（freelist[active]）</translation>
    </message>
    <message>
        <source>free pages</source>
        <translation>空闲页</translation>
    </message>
    <message>
        <source>a slab&apos;s pages, in its cache&apos;s colour</source>
        <translation>slab 的页，用所属缓存的颜色</translation>
    </message>
    <message>
        <source>large kmalloc: pages straight from the buddy allocator</source>
        <translation>大块 kmalloc：直接来自伙伴分配器的页</translation>
    </message>
    <message>
        <source>changed by this step</source>
        <translation>本步改变的部分</translation>
    </message>
    <message>
        <source>In a slab:</source>
        <translation>slab 内：</translation>
    </message>
    <message>
        <source>In memory:</source>
        <translation>内存中：</translation>
    </message>
</context>
<context>
    <name>SlabNarrator</name>
    <message>
        <source>the slab at page %1</source>
        <translation>第 %1 页处的 slab</translation>
    </message>
    <message>
        <source>Step %1: kmem_cache_alloc(%2) for %3.</source>
        <translation>第 %1 步：为 %3 调用 kmem_cache_alloc(%2)。</translation>
    </message>
    <message>
        <source>Step %1: kmem_cache_free of %2.</source>
        <translation>第 %1 步：kmem_cache_free 释放 %2。</translation>
    </message>
    <message>
        <source>Step %1: kmalloc(%2) for %3.</source>
        <translation>第 %1 步：为 %3 调用 kmalloc(%2)。</translation>
    </message>
    <message>
        <source>Step %1: kfree of %2.</source>
        <translation>第 %1 步：kfree 释放 %2。</translation>
    </message>
    <message>
        <source>Step %1: kmem_cache_shrink(%2).</source>
        <translation>第 %1 步：kmem_cache_shrink(%2)。</translation>
    </message>
    <message>
        <source>The slab at page %1 leaves %2.</source>
        <translation>第 %1 页处的 slab 离开 %2。</translation>
    </message>
    <message>
        <source>the tail of %1</source>
        <translation>%1 的链表尾</translation>
    </message>
    <message>
        <source>the head of %1</source>
        <translation>%1 的链表头</translation>
    </message>
    <message>
        <source>The slab at page %1 goes to %2.</source>
        <translation>第 %1 页处的 slab 放到 %2。</translation>
    </message>
    <message>
        <source>The slab at page %1 stays on %2, now at %3.</source>
        <translation>第 %1 页处的 slab 仍在 %2 上，现在位于 %3。</translation>
    </message>
    <message>
        <source>The slab at page %1 moves from %2 to %3.</source>
        <translation>第 %1 页处的 slab 从 %2 移到 %3。</translation>
    </message>
    <message>
        <source>Error: %1 was freed already (a double free). Nothing changes.</source>
        <translation>错误：%1 已经释放过（重复释放）。状态不变。</translation>
    </message>
    <message>
        <source>Error: %1 holds no object (its request failed). Nothing to free.</source>
        <translation>错误：%1 没有持有任何对象（它的请求失败了）。无可释放。</translation>
    </message>
    <message>
        <source>Error: %1 still holds an object; free it before asking again under this name. Nothing changes.</source>
        <translation>错误：%1 仍持有一个对象；请先释放，再用这个名字申请。状态不变。</translation>
    </message>
    <message>
        <source>%1 asks cache %2 for an object of %3 bytes.</source>
        <translation>%1 向缓存 %2 申请一个 %3 字节的对象。</translation>
    </message>
    <message>
        <source>%1 bytes is above the largest kmalloc class (%2 bytes): the request goes straight to the buddy allocator as order %3 (%4).</source>
        <translation>%1 字节超过最大的 kmalloc 尺寸类（%2 字节）：请求直接交给伙伴分配器，按 %3 阶（%4）分配。</translation>
    </message>
    <message>
        <source>%1 bytes fall in the size class %2: objects of %3 bytes.</source>
        <translation>%1 字节落在尺寸类 %2：对象大小 %3 字节。</translation>
    </message>
    <message>
        <source>It uses %1, the head of slabs_partial.</source>
        <translation>使用 slabs_partial 链表头的%1。</translation>
    </message>
    <message>
        <source>No slab is partly used: it takes %1, the head of slabs_free (an empty slab).</source>
        <translation>没有部分使用的 slab：取 slabs_free 链表头的%1（一个空 slab）。</translation>
    </message>
    <message>
        <source>Cache %1 grows: a new slab of %2 at page %3. Colour %4 starts its first object %5 bytes in, so the slabs&apos; objects fall on different cache lines.</source>
        <translation>缓存 %1 增长：在第 %3 页新建一个 %2的 slab。着色 %4 让它的第一个对象从偏移 %5 字节处开始，使各个 slab 的对象落在不同的缓存行上。</translation>
    </message>
    <message>
        <source>The buddy allocator has no free block of order %1: cache %2 cannot grow.</source>
        <translation>伙伴分配器没有 %1 阶的空闲块：缓存 %2 无法增长。</translation>
    </message>
    <message>
        <source>%1 gets object %2 of %3, at address 0x%4.</source>
        <translation>%1 得到%3 中的对象 %2，地址 0x%4。</translation>
    </message>
    <message>
        <source>Out of memory: the request of %1 fails.</source>
        <translation>内存不足：%1 的请求失败。</translation>
    </message>
    <message>
        <source>%1 is object %2 of %3 in cache %4.</source>
        <translation>%1 是缓存 %4 中%3 的对象 %2。</translation>
    </message>
    <message>
        <source>Object %1 goes back on the slab&apos;s freelist, where the next allocation from this slab takes it first. Objects in use in the slab: %2 of %3.</source>
        <translation>对象 %1 回到该 slab 的空闲索引栈顶，下次从这个 slab 分配时最先取到它。该 slab 中在用对象：%2 / %3。</translation>
    </message>
    <message>
        <source>%1 was a large kmalloc, so its block (%2) goes straight back to the buddy allocator.</source>
        <translation>%1 是一次大块 kmalloc，所以它的块（%2）直接还给伙伴分配器。</translation>
    </message>
    <message>
        <source>Warning: %1 is no object of cache %2 but a large kmalloc; the kernel warns and frees nothing.</source>
        <translation>警告：%1 不是缓存 %2 的对象，而是一次大块 kmalloc；内核发出警告，不释放任何东西。</translation>
    </message>
    <message>
        <source>Warning: %1 belongs to cache %2, not %3 (the kernel warns &quot;Wrong slab cache&quot;); it is freed into %2.</source>
        <translation>警告：%1 属于缓存 %2，而不是 %3（内核警告“Wrong slab cache”）；它被释放回 %2。</translation>
    </message>
    <message>
        <source>Empty slabs on slabs_free to give back: %1.</source>
        <translation>slabs_free 上要归还的空 slab：%1 个。</translation>
    </message>
    <message>
        <source>Cache %1</source>
        <translation>缓存 %1</translation>
    </message>
    <message>
        <source>Caches: %1; slabs: %2 (%3 pages); objects in use: %4; free pages: %5 of %6; granted: %7, failed: %8, freed: %9.</source>
        <translation>缓存：%1 个；slab：%2 个（%3 页）；在用对象：%4；空闲页：%5 / %6；成功分配 %7 次，失败 %8 次，释放 %9 次。</translation>
    </message>
    <message>
        <source>The slab at page %1 is destroyed: the buddy allocator gets its %2 back.</source>
        <translation>第 %1 页处的 slab 被销毁：它的 %2还给伙伴分配器。</translation>
    </message>
    <message>
        <source>Warning: %1 is a large kmalloc, not a slab object: cache_free frees nothing (kfree would free it).</source>
        <translation>警告：%1 是大块 kmalloc，不是 slab 对象：cache_free 什么也不释放（应当用 kfree 释放它）。</translation>
    </message>
</context>
<context>
    <name>SlabOutcome</name>
    <message>
        <source>The slab is now full: it goes to the head of slabs_full.</source>
        <translation>这个 slab 已满：移到 slabs_full 的链表头。</translation>
    </message>
    <message>
        <source>The slab leaves slabs_free for the head of slabs_partial.</source>
        <translation>这个 slab 离开 slabs_free，移到 slabs_partial 的链表头。</translation>
    </message>
    <message>
        <source>The new slab goes to the head of slabs_partial.</source>
        <translation>新 slab 放到 slabs_partial 的链表头。</translation>
    </message>
    <message>
        <source>The slab is empty: it goes to the head of slabs_free, cached until a shrink.</source>
        <translation>这个 slab 已空：移到 slabs_free 的链表头，保留到收缩（shrink）时。</translation>
    </message>
    <message>
        <source>The slab leaves slabs_full for the tail of slabs_partial.</source>
        <translation>这个 slab 离开 slabs_full，移到 slabs_partial 的链表尾。</translation>
    </message>
    <message>
        <source>The slab goes to the tail of slabs_partial.</source>
        <translation>这个 slab 移到 slabs_partial 的链表尾。</translation>
    </message>
    <message>
        <source>✗ %1 was freed already (a double free): nothing changes.</source>
        <translation>✗ %1 已经释放过（重复释放）：状态不变。</translation>
    </message>
    <message>
        <source>✗ %1 holds no object: nothing to free.</source>
        <translation>✗ %1 没有持有对象：无可释放。</translation>
    </message>
    <message>
        <source>✗ %1 still holds an object: nothing changes.</source>
        <translation>✗ %1 仍持有一个对象：状态不变。</translation>
    </message>
    <message>
        <source>✗ The buddy allocator has no free block of order %1, so cache %2 cannot grow: %3 gets nothing.</source>
        <translation>✗ 伙伴分配器没有 %1 阶的空闲块，缓存 %2 无法增长：%3 什么也没得到。</translation>
    </message>
    <message>
        <source>✗ The buddy allocator has no free block of order %1: the large kmalloc of %2 fails.</source>
        <translation>✗ 伙伴分配器没有 %1 阶的空闲块：%2 的大块 kmalloc 失败。</translation>
    </message>
    <message>
        <source>→ Cache %1 grows by a slab of %2 at page %3 (colour %4); %5 gets its object %6, address 0x%7.</source>
        <translation>→ 缓存 %1 增长：在第 %3 页新建一个 %2的 slab（着色 %4）；%5 得到其中的对象 %6，地址 0x%7。</translation>
    </message>
    <message>
        <source>→ %1 gets object %2 of the slab at page %3, address 0x%4.</source>
        <translation>→ %1 得到第 %3 页处 slab 的对象 %2，地址 0x%4。</translation>
    </message>
    <message>
        <source>Object %1 of the slab at page %2 is free again (%3 of %4 still in use).</source>
        <translation>第 %2 页处 slab 的对象 %1 重新空闲（仍有 %3 / %4 在用）。</translation>
    </message>
    <message>
        <source>⚠ %1 belongs to cache %2, not %3 (&quot;Wrong slab cache&quot;): it is freed into %2.</source>
        <translation>⚠ %1 属于缓存 %2，而不是 %3（“Wrong slab cache”）：它被释放回 %2。</translation>
    </message>
    <message>
        <source>⚠ %1 is a large kmalloc, no object of cache %2: the kernel warns and frees nothing.</source>
        <translation>⚠ %1 是一次大块 kmalloc，不是缓存 %2 的对象：内核发出警告，不释放任何东西。</translation>
    </message>
    <message>
        <source>→ %1 gets %2 (order %3) straight from the buddy allocator: no cache is involved.</source>
        <translation>→ %1 直接从伙伴分配器得到%2（%3 阶）：不经过任何缓存。</translation>
    </message>
    <message>
        <source>→ %1&apos;s block (%2) goes straight back to the buddy allocator.</source>
        <translation>→ %1 的块（%2）直接还给伙伴分配器。</translation>
    </message>
    <message>
        <source>→ slabs_free of %1 is empty: nothing to give back.</source>
        <translation>→ %1 的 slabs_free 是空的：没有可归还的 slab。</translation>
    </message>
    <message>
        <source>→ 1 empty slab destroyed: %1 back to the buddy allocator.</source>
        <translation>→ 销毁 1 个空 slab：%1 还给伙伴分配器。</translation>
    </message>
    <message>
        <source>→ %1 empty slabs destroyed: %2 back to the buddy allocator.</source>
        <translation>→ 销毁 %1 个空 slab：%2 还给伙伴分配器。</translation>
    </message>
    <message>
        <source>⚠ %1 is a large kmalloc, not a slab object: cache_free frees nothing (kfree would free it).</source>
        <translation>⚠ %1 是大块 kmalloc，不是 slab 对象：cache_free 什么也不释放（应当用 kfree 释放它）。</translation>
    </message>
</context>
<context>
    <name>Slide</name>
    <message>
        <source>step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>TranslationNarrator</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>PML4</source>
        <translation>PML4</translation>
    </message>
    <message>
        <source>PDPT</source>
        <translation>PDPT</translation>
    </message>
    <message>
        <source>PD</source>
        <translation>PD</translation>
    </message>
    <message>
        <source>PT</source>
        <translation>PT</translation>
    </message>
    <message>
        <source>page table</source>
        <translation>页表</translation>
    </message>
    <message>
        <source>page directory</source>
        <translation>页目录</translation>
    </message>
    <message>
        <source>level %1 table</source>
        <translation>第 %1 级页表</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>偏移 %1</translation>
    </message>
    <message>
        <source>Step %1: translate %2 for a write.</source>
        <translation>第 %1 步：翻译 %2（写访问）。</translation>
    </message>
    <message>
        <source>Step %1: translate %2.</source>
        <translation>第 %1 步：翻译 %2。</translation>
    </message>
    <message>
        <source>Step %1: %2 writes to %3.</source>
        <translation>第 %1 步：%2 写 %3。</translation>
    </message>
    <message>
        <source>Step %1: %2 reads %3.</source>
        <translation>第 %1 步：%2 读 %3。</translation>
    </message>
    <message>
        <source>Its bits: %1.</source>
        <translation>地址各字段：%1。</translation>
    </message>
    <message>
        <source>Step %1: %2 forks %3.</source>
        <translation>第 %1 步：%2 fork 出 %3。</translation>
    </message>
    <message>
        <source>Step %1: %2 exits.</source>
        <translation>第 %1 步：%2 退出。</translation>
    </message>
    <message>
        <source>Step %1: switch to %2.</source>
        <translation>第 %1 步：切换到 %2。</translation>
    </message>
    <message>
        <source>The CPU switches to %1&apos;s page tables (CR3 now holds its top table).</source>
        <translation>CPU 切换到 %1 的页表（CR3 现在指向它的顶级页表）。</translation>
    </message>
    <message>
        <source>The CPU switches to %1&apos;s page tables (CR3); the TLB keeps its entries, each tagged with its process&apos;s ASID.</source>
        <translation>CPU 切换到 %1 的页表（CR3）；TLB 保留其表项，每项都带有所属进程的 ASID。</translation>
    </message>
    <message>
        <source>The CPU switches to %1&apos;s page tables (CR3); without ASIDs the TLB is flushed: 1 entry goes.</source>
        <translation>CPU 切换到 %1 的页表（CR3）；没有 ASID，TLB 被清空：清掉 1 项。</translation>
    </message>
    <message>
        <source>The CPU switches to %1&apos;s page tables (CR3); without ASIDs the TLB is flushed: %2 entries go.</source>
        <translation>CPU 切换到 %1 的页表（CR3）；没有 ASID，TLB 被清空：清掉 %2 项。</translation>
    </message>
    <message>
        <source>TLB hit in set %1: the translation is cached, no walk.</source>
        <translation>TLB 在第 %1 组命中：转换已缓存，无需遍历页表。</translation>
    </message>
    <message>
        <source>TLB miss in set %1: the MMU walks the page tables.</source>
        <translation>TLB 在第 %1 组未命中：MMU 遍历页表。</translation>
    </message>
    <message>
        <source>%1 entry %2 (at %3) holds %4</source>
        <translation>%1 第 %2 项（位于 %3）的内容是 %4</translation>
    </message>
    <message>
        <source>%1: not present.</source>
        <translation>%1：不存在。</translation>
    </message>
    <message>
        <source>%1: present, the page is in frame %2.</source>
        <translation>%1：存在，页在页框 %2。</translation>
    </message>
    <message>
        <source>%1: present, the next table is in frame %2.</source>
        <translation>%1：存在，下一级页表在页框 %2。</translation>
    </message>
    <message>
        <source>Page fault: the %1 entry is not present.</source>
        <translation>缺页：%1 表项不存在。</translation>
    </message>
    <message>
        <source>Page fault: the %1 entry is not present; the kernel&apos;s fault handler runs.</source>
        <translation>缺页：%1 表项不存在；内核的缺页处理程序运行。</translation>
    </message>
    <message>
        <source>Protection fault: the page is read-only and this is a write.</source>
        <translation>保护错误：该页只读，而这是一次写。</translation>
    </message>
    <message>
        <source>%1 is not canonical (the bits above bit %2 do not all copy it): a general-protection fault before any lookup.</source>
        <translation>%1 不是规范地址（第 %2 位以上的各位没有全部与它相同）：在任何查找之前就发生一般保护异常（#GP）。</translation>
    </message>
    <message>
        <source>The kernel allocates a %1 in frame %2 and links it in.</source>
        <translation>内核在页框 %2分配一个%1并把它链接进来。</translation>
    </message>
    <message>
        <source>Memory is full: %1&apos;s page %2 leaves frame %3; it is dirty, so it is written to swap slot %4.</source>
        <translation>内存已满：%1 的页 %2 被换出页框 %3；它是脏页，所以被写入交换槽 %4。</translation>
    </message>
    <message>
        <source>Memory is full: %1&apos;s page %2 leaves frame %3; it is clean (not written since it was zero-filled), so it is dropped.</source>
        <translation>内存已满：%1 的页 %2 被换出页框 %3；它是干净的（清零以来未被写过），所以直接丢弃。</translation>
    </message>
    <message>
        <source>The kernel sends %1 SIGSEGV: it is killed and its memory freed.</source>
        <translation>内核向 %1 发送 SIGSEGV：它被杀死，内存被释放。</translation>
    </message>
    <message>
        <source>No frame can be freed: the kernel kills %1 (out of memory).</source>
        <translation>没有页框可以腾出：内核杀死 %1（内存耗尽）。</translation>
    </message>
    <message>
        <source>The translation goes into TLB entry %1, replacing page %2&apos;s.</source>
        <translation>转换结果放入 TLB 第 %1 项，替换掉页 %2 的表项。</translation>
    </message>
    <message>
        <source>The translation goes into TLB entry %1.</source>
        <translation>转换结果放入 TLB 第 %1 项。</translation>
    </message>
    <message>
        <source>Physical address %1, which holds %2.</source>
        <translation>物理地址 %1，其中的值是 %2。</translation>
    </message>
    <message>
        <source>Physical address %1.</source>
        <translation>物理地址 %1。</translation>
    </message>
    <message>
        <source>%1 cannot fork: no frame for the child&apos;s page tables.</source>
        <translation>%1 无法 fork：没有页框容纳子进程的页表。</translation>
    </message>
    <message>
        <source>%1 gets a copy of %2&apos;s page tables (%3 frames); %4 pages are now shared copy-on-write, read-only in both.</source>
        <translation>%1 得到 %2 页表的副本（%3 个页框）；现在有 %4 个页以写时复制方式共享，在双方都只读。</translation>
    </message>
    <message>
        <source>%1 exits: %2 frames and %3 swap slots are freed.</source>
        <translation>%1 退出：释放 %2 个页框和 %3 个交换槽。</translation>
    </message>
    <message>
        <source>%1 has exited: nothing happens.</source>
        <translation>%1 已经退出：什么也不发生。</translation>
    </message>
    <message>
        <source>Translations: %1; page faults: %2, protection faults: %3, non-canonical: %4.</source>
        <translation>翻译：%1 次；缺页：%2 次，保护错误：%3 次，非规范地址：%4 次。</translation>
    </message>
    <message>
        <source>TLB hit: the translation is cached, no walk.</source>
        <translation>TLB 命中：转换已缓存，无需遍历页表。</translation>
    </message>
    <message>
        <source>TLB miss: the MMU walks the page tables.</source>
        <translation>TLB 未命中：MMU 遍历页表。</translation>
    </message>
    <message>
        <source>%1 (valid %2, PFN %3)</source>
        <translation>%1（有效位 %2，PFN %3）</translation>
    </message>
    <message>
        <source>%1: not present; it records swap slot %2.</source>
        <translation>%1：不存在；它记录着交换槽 %2。</translation>
    </message>
    <message>
        <source>The page is read-only since the fork (copy-on-write): the write faults.</source>
        <translation>该页自 fork 起只读（写时复制）：写操作触发写时复制缺页。</translation>
    </message>
    <message>
        <source>Segmentation fault: %1 is in no region of %2.</source>
        <translation>段错误：%1 不在 %2 的任何区域内。</translation>
    </message>
    <message>
        <source>Segmentation fault: %1 is in region %2 (%3), which may not be written.</source>
        <translation>段错误：%1 位于区域 %2（%3），该区域不可写。</translation>
    </message>
    <message>
        <source>Segmentation fault: %1 is in region %2 (%3), which may not be read.</source>
        <translation>段错误：%1 位于区域 %2（%3），该区域不可读。</translation>
    </message>
    <message>
        <source>Frame %1 is filled with zeros and mapped (a minor fault); the access runs again and finds it.</source>
        <translation>页框 %1 被清零并映射（次要缺页）；访问重新执行，这次找到了页。</translation>
    </message>
    <message>
        <source>No one else maps frame %1 any more: the kernel makes it writable again, without a copy; the write runs again.</source>
        <translation>已没有其他进程映射页框 %1：内核直接让它重新可写，无需复制；写操作重新执行。</translation>
    </message>
    <message>
        <source>The kernel copies frame %1 to frame %2 and maps the copy writable (the others keep frame %1); the write runs again.</source>
        <translation>内核把页框 %1 复制到页框 %2，并把副本映射为可写（其他进程保留页框 %1）；写操作重新执行。</translation>
    </message>
    <message>
        <source>%1 %2&apos;s TLB entries are flushed: they still allowed writes.</source>
        <translation>%1%2 的 TLB 表项被清空：它们仍允许写。</translation>
    </message>
    <message>
        <source>%1 was killed at an earlier step: nothing happens.</source>
        <translation>%1 已在之前的步骤中被杀死：什么也不发生。</translation>
    </message>
    <message>
        <source>TLB hits: %1, misses: %2 (hit rate %3%); faults: minor %4, major %5, copy-on-write %6, segfaults %7; swap: out %8, in %9.</source>
        <translation>TLB 命中 %1 次，未命中 %2 次（命中率 %3%）；缺页：次要 %4 次，主要 %5 次，写时复制 %6 次，段错误 %7 次；交换：换出 %8 次，换入 %9 次。</translation>
    </message>
    <message>
        <source>TLB hit, but the entry is read-only and this is a write.</source>
        <translation>TLB 命中，但该表项只读，而这是一次写。</translation>
    </message>
    <message>
        <source>Step %1: %2 maps %3.</source>
        <translation>第 %1 步：%2 映射 %3。</translation>
    </message>
    <message>
        <source>Step %1: %2 unmaps %3.</source>
        <translation>第 %1 步：%2 解除映射 %3。</translation>
    </message>
    <message>
        <source>%1 now has region %2: %3 pages from %4 (%5). No page is mapped yet: each comes with its first touch.</source>
        <translation>%1 现在有了区域 %2：从 %4 起共 %3 页（%5）。还没有页被映射：每一页在第一次访问时才到来。</translation>
    </message>
    <message>
        <source>%1 has no region %2 any more: nothing happens.</source>
        <translation>%1 已没有区域 %2：什么也不发生。</translation>
    </message>
    <message>
        <source>Region %1 of %2 goes: %3 of its pages had a frame; %4 frames and %5 swap slots are freed, %6 TLB entries dropped.</source>
        <translation>%2 的区域 %1 被移除：其中 %3 页有页框；释放 %4 个页框和 %5 个交换槽，丢弃 %6 个 TLB 表项。</translation>
    </message>
    <message>
        <source>%1: present, with PS set: it maps a %2 page itself, so the bits below it are all offset: %3 into the page.</source>
        <translation>%1：存在，且设置了 PS：该表项直接映射一个 %2 的大页，所以它以下的各位都是偏移：页内偏移 %3。</translation>
    </message>
    <message>
        <source>Protection fault: %1 entry %2 has R/W clear, so nothing it maps may be written.</source>
        <translation>保护错误：%1 第 %2 项的 R/W 位为 0，它所映射的一切都不可写。</translation>
    </message>
    <message>
        <source>The page is read back from swap slot %1 into frame %2 (a major fault); the slot is free again, so the page counts as dirty (its only copy is in memory); the access runs again and finds it.</source>
        <translation>该页从交换槽 %1 读回页框 %2（主要缺页）；交换槽随即空出，所以该页算作脏页（它唯一的副本在内存中）；访问重新执行，这次找到了页。</translation>
    </message>
    <message>
        <source>%1 gets a copy of %2&apos;s page tables (%3 frames); %4 pages are now shared, read-only in both: %5 of writable regions copy-on-write, the others were never writable.</source>
        <translation>%1 得到 %2 页表的副本（%3 个页框）；现在有 %4 页由双方共享，且在双方都是只读的：其中 %5 页属于可写区域，成为写时复制，其余的本来就不可写。</translation>
    </message>
    <message>
        <source>No TLB: every access walks; faults: minor %1, major %2, copy-on-write %3, segfaults %4; swap: out %5, in %6.</source>
        <translation>没有 TLB：每次访问都遍历页表；缺页：次要 %1，主要 %2，写时复制 %3，段错误 %4；交换：换出 %5，换入 %6。</translation>
    </message>
    <message>
        <source>The %1 entry has a reserved bit set (an address bit at or above physical_bits, or PS where no large page can be): a page fault with RSVD set, the walk stops (Intel SDM 4.7).</source>
        <translation>%1 表项设置了保留位（位于 physical_bits 或更高处的地址位，或在不可能有大页的一级设置了 PS）：这是设置了 RSVD 的缺页，遍历停止（Intel SDM 4.7）。</translation>
    </message>
    <message>
        <source>%1 Reserved bits set: %2.</source>
        <translation>%1保留位被设置：%2 次。</translation>
    </message>
    <message>
        <source>%1: present.</source>
        <translation>%1：存在。</translation>
    </message>
    <message>
        <source>%1 No region reaches one of its page tables any more: that page is freed too (Linux&apos;s free_pgtables).</source>
        <translation>%1已没有区域用到它的一张页表：这一页也被释放（Linux 的 free_pgtables）。</translation>
    </message>
    <message>
        <source>%1 No region reaches %2 of its page tables any more: their pages are freed too (Linux&apos;s free_pgtables).</source>
        <translation>%1已没有区域用到它的 %2 张页表：这些页也被释放（Linux 的 free_pgtables）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--theme expects standard or high-contrast, not &quot;%1&quot;; using standard.</source>
        <translation>--theme 应为 standard 或 high-contrast，而不是“%1”；改用 standard。</translation>
    </message>
</context>
<context>
    <name>oslens::app::CaptionStrip</name>
    <message>
        <source>Open a scenario from the library or with File &gt; Open.</source>
        <translation>从场景库中选择一个场景，或用“文件 &gt; 打开”。</translation>
    </message>
    <message>
        <source>Press Right or Space to take the first step.</source>
        <translation>按右方向键或空格键走第一步。</translation>
    </message>
</context>
<context>
    <name>oslens::app::ExportDialog</name>
    <message>
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <source>SVG (vector, for slides)</source>
        <translation>SVG（矢量，适合幻灯片）</translation>
    </message>
    <message>
        <source>PNG (image)</source>
        <translation>PNG（图片）</translation>
    </message>
    <message>
        <source>PDF (vector, for print)</source>
        <translation>PDF（矢量，适合打印）</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation>PNG 缩放</translation>
    </message>
</context>
<context>
    <name>oslens::app::MainWindow</name>
    <message>
        <source>The edited scenario</source>
        <translation>编辑后的场景</translation>
    </message>
    <message>
        <source>About OS Lens</source>
        <translation>关于 OS Lens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OS Lens&lt;/h3&gt;&lt;p&gt;See how an operating system works, one step at a time, forwards and backwards.&lt;/p&gt;&lt;p&gt;Page replacement follows Silberschatz, &lt;i&gt;Operating System Concepts&lt;/i&gt; 10e, section 10.4, and OSTEP chapter 22.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OS Lens&lt;/h3&gt;&lt;p&gt;一步一步地观察操作系统如何工作，可前进也可后退。&lt;/p&gt;&lt;p&gt;页面置换依据 Silberschatz《操作系统概念》第 10 版 10.4 节与 OSTEP 第 22 章。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>打开场景(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save scenario</source>
        <translation>保存场景(&amp;S)</translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>场景另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation>导出视图(&amp;E)…</translation>
    </message>
    <message>
        <source>Export all steps as P&amp;DF…</source>
        <translation>将所有步骤导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>前进一步</translation>
    </message>
    <message>
        <source>Jump to start</source>
        <translation>跳到开始</translation>
    </message>
    <message>
        <source>Jump to end</source>
        <translation>跳到结尾</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;About OS Lens</source>
        <translation>关于 OS Lens(&amp;A)</translation>
    </message>
    <message>
        <source>Scenario library</source>
        <translation>场景库</translation>
    </message>
    <message>
        <source>What happened and why</source>
        <translation>发生了什么，为什么</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>No scenario</source>
        <translation>没有场景</translation>
    </message>
    <message>
        <source>%1 — OS Lens</source>
        <translation>%1 — OS Lens</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Applied the edited scenario.</source>
        <translation>已应用编辑后的场景。</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>OS Lens scenarios (%1)</source>
        <translation>OS Lens 场景 (%1)</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The scenario text has changes that are not saved. Save them first?</source>
        <translation>场景文本有未保存的修改。要先保存吗？</translation>
    </message>
    <message>
        <source>nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;</source>
        <translation>未知视图“%1”</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Export all steps</source>
        <translation>导出所有步骤</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Recover unsaved edits</source>
        <translation>恢复未保存的修改</translation>
    </message>
    <message>
        <source>OS Lens did not close normally and the scenario text had changes that were not saved. Restore them into the Scenario panel?</source>
        <translation>OS Lens 上次没有正常关闭，场景文本中有未保存的修改。要把它们恢复到“场景”面板吗？</translation>
    </message>
    <message>
        <source>Recovered edits restored: press Apply to run them, or save them.</source>
        <translation>已恢复未保存的修改：按“应用”运行它们，或保存它们。</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next picture (presentation mode)</source>
        <translation>下一幅图（演示模式）</translation>
    </message>
    <message>
        <source>Previous picture (presentation mode)</source>
        <translation>上一幅图（演示模式）</translation>
    </message>
    <message>
        <source>&amp;High-contrast pictures</source>
        <translation>高对比度图示(&amp;H)</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · 第 %2 步，共 %3 步</translation>
    </message>
    <message>
        <source>%1 was not loaded: 1 problem. The open scenario is unchanged.</source>
        <translation>%1 未载入：有 1 个问题。当前打开的场景保持不变。</translation>
    </message>
    <message>
        <source>%1 was not loaded: %2 problems. The open scenario is unchanged.</source>
        <translation>%1 未载入：有 %2 个问题。当前打开的场景保持不变。</translation>
    </message>
</context>
<context>
    <name>oslens::app::NarrationPanel</name>
    <message>
        <source>Open a scenario from the library or with File &gt; Open.</source>
        <translation>从场景库中选择一个场景，或用“文件 &gt; 打开”。</translation>
    </message>
    <message>
        <source>Press Right or Space to take the first step.</source>
        <translation>按右方向键或空格键走第一步。</translation>
    </message>
</context>
<context>
    <name>oslens::app::ProblemsPanel</name>
    <message>
        <source>No problems.</source>
        <translation>没有问题。</translation>
    </message>
    <message>
        <source>%1 was not loaded; the scenario you had stays open. Fix these and try again:</source>
        <translation>%1 未载入；原来的场景仍然打开。请修正以下问题后再试：</translation>
    </message>
    <message>
        <source>The scenario</source>
        <translation>该场景</translation>
    </message>
</context>
<context>
    <name>oslens::app::ScenarioEditor</name>
    <message>
        <source>Change a value and press Apply (Ctrl+Return). Keys are described in docs/scenarios.md.</source>
        <translation>修改一个值，然后按“应用”（Ctrl+回车）。各个键的含义见 docs/scenarios.md。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Back to the scenario as it was last loaded</source>
        <translation>回到最后一次载入时的场景</translation>
    </message>
    <message>
        <source>This scenario has %L1 characters, more than the %L2 this panel edits. Change it in a text editor and open it again (File › Open); Save as still writes it whole.</source>
        <translation>此场景有 %L1 个字符，超过本面板可编辑的 %L2 个。请在文本编辑器中修改后重新打开（文件 › 打开）；“另存为”仍会完整写出它。</translation>
    </message>
</context>
<context>
    <name>oslens::app::TimelineBar</name>
    <message>
        <source>Step %1 / %2</source>
        <translation>第 %1 / %2 步</translation>
    </message>
    <message>
        <source>Jump to the start (Home)</source>
        <translation>跳到开始（Home）</translation>
    </message>
    <message>
        <source>Step back (Left)</source>
        <translation>后退一步（左方向键）</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>暂停（空格）</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>播放（空格）</translation>
    </message>
    <message>
        <source>Step forward (Right)</source>
        <translation>前进一步（右方向键）</translation>
    </message>
    <message>
        <source>Jump to the end (End)</source>
        <translation>跳到结尾（End）</translation>
    </message>
    <message>
        <source>Drag to scrub through the steps</source>
        <translation>拖动以浏览各个步骤</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
</context>
<context>
    <name>oslens::views::BankerView</name>
    <message>
        <source>Banker&apos;s algorithm: the matrices</source>
        <translation>银行家算法：矩阵</translation>
    </message>
</context>
<context>
    <name>oslens::views::BuddyInfoModel</name>
    <message>
        <source>all zones</source>
        <translation>所有内存区</translation>
    </message>
    <message>
        <source>nr_free of order %1: free blocks of %2</source>
        <translation>%1 阶的 nr_free：%2 的空闲块数</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>内存区</translation>
    </message>
    <message>
        <source>Free pages</source>
        <translation>空闲页</translation>
    </message>
</context>
<context>
    <name>oslens::views::BuddyScene</name>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 pages of %2 · step %3 of %4</source>
        <translation>%1 页，页大小 %2 · 第 %3 / %4 步</translation>
    </message>
    <message>
        <source>%1 pages of %2 in the zones %3 · step %4 of %5</source>
        <translation>%1 页，页大小 %2，内存区 %3 · 第 %4 / %5 步</translation>
    </message>
    <message>
        <source>max_order = %1: orders 0–%2 (classic MAX_ORDER; Linux ≥ 6.8 calls the largest order MAX_PAGE_ORDER = %2)</source>
        <translation>max_order = %1：阶 0–%2（经典的 MAX_ORDER；Linux ≥ 6.8 把最高阶称为 MAX_PAGE_ORDER = %2）</translation>
    </message>
    <message>
        <source>Pick rule: LIFO, as Linux does — take the head of a list; split-off and freed blocks go to the head</source>
        <translation>选块规则：LIFO，与 Linux 相同——取链表头；拆出和释放的块放回链表头</translation>
    </message>
    <message>
        <source>Pick rule: lowest address first, as textbooks draw it — each list is kept in address order</source>
        <translation>选块规则：地址最低者优先，与教科书的画法相同——每条链表按地址排序</translation>
    </message>
    <message>
        <source>Free pages</source>
        <translation>空闲页</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Largest free block</source>
        <translation>最大空闲块</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>order %1 · %2</source>
        <translation>%1 阶 · %2</translation>
    </message>
    <message>
        <source>Internal fragmentation</source>
        <translation>内部碎片</translation>
    </message>
    <message>
        <source>Unusable free index, order %1</source>
        <translation>不可用空闲指数，%1 阶</translation>
    </message>
    <message>
        <source>Unusable free index</source>
        <translation>不可用空闲指数</translation>
    </message>
    <message>
        <source>no request yet</source>
        <translation>尚无请求</translation>
    </message>
    <message>
        <source>Start: each zone is cut into the largest aligned free blocks.</source>
        <translation>开始：每个内存区被切成尽可能大的对齐空闲块。</translation>
    </message>
    <message>
        <source>→ %1 gets %2 (order %3).</source>
        <translation>→ %1 得到%2（%3 阶）。</translation>
    </message>
    <message>
        <source>%1 bytes of it are wasted.</source>
        <translation>其中 %1 字节被浪费。</translation>
    </message>
    <message>
        <source>→ Back on free_area[%1]: %2, with no merge.</source>
        <translation>→ 回到 free_area[%1]：%2，没有合并。</translation>
    </message>
    <message>
        <source>→ Back on free_area[%1]: %2, after one merge.</source>
        <translation>→ 回到 free_area[%1]：%2，合并了一次。</translation>
    </message>
    <message>
        <source>→ Back on free_area[%1]: %2, after %3 merges.</source>
        <translation>→ 回到 free_area[%1]：%2，合并了 %3 次。</translation>
    </message>
    <message>
        <source>free_area[order]: the free lists, head first · each box is a free block, labelled with its first pfn</source>
        <translation>free_area[阶]：空闲链表，链表头在前 · 每个方框是一个空闲块，标注其首个 pfn</translation>
    </message>
    <message>
        <source>free_area[order]: the free lists, lowest address first · each box is a free block, labelled with its first pfn</source>
        <translation>free_area[阶]：空闲链表，地址最低者在前 · 每个方框是一个空闲块，标注其首个 pfn</translation>
    </message>
    <message>
        <source>Zone %1 · pfn %2–%3</source>
        <translation>%1 区 · pfn %2–%3</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>%1 阶</translation>
    </message>
    <message>
        <source>orders %1–%2</source>
        <translation>%1–%2 阶</translation>
    </message>
    <message>
        <source>no block this large fits: always empty</source>
        <translation>放不下这么大的块：始终为空</translation>
    </message>
    <message>
        <source>nr_free %1</source>
        <translation>nr_free %1</translation>
    </message>
    <message>
        <source>nr_free %1 in all zones</source>
        <translation>所有内存区 nr_free %1</translation>
    </message>
    <message>
        <source>empty ✗</source>
        <translation>空 ✗</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>另有 %1 个</translation>
    </message>
    <message>
        <source>Physical memory, pfn 0–%1: every block at its address, its width in proportion to its size</source>
        <translation>物理内存，pfn 0–%1：每个块画在其地址处，宽度与大小成正比</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>free block</source>
        <translation>空闲块</translation>
    </message>
    <message>
        <source>allocated block: its tag and order</source>
        <translation>已分配块：标签和阶</translation>
    </message>
    <message>
        <source>changed by this step</source>
        <translation>本步改变的块</translation>
    </message>
    <message>
        <source>blocks too small to draw one by one: the greener, the more of them is free</source>
        <translation>太小无法逐个画出的块：越绿，空闲的越多</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>oslens::views::BuddyTreeScene</name>
    <message>
        <source>The splits as a binary tree: the two halves of a block are buddies</source>
        <translation>拆分二叉树：一个块的两半互为伙伴</translation>
    </message>
    <message>
        <source>Memory here is more than %1 blocks of the largest order: too many to draw as trees. The free lists and the memory bar show it.</source>
        <translation>这里的内存超过 %1 个最大阶的块，太多，无法画成树。空闲链表和内存条会显示它。</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>%1 阶</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>free block</source>
        <translation>空闲块</translation>
    </message>
    <message>
        <source>allocated block</source>
        <translation>已分配块</translation>
    </message>
    <message>
        <source>split into its two buddies</source>
        <translation>已拆分为两个伙伴</translation>
    </message>
    <message>
        <source>changed by this step</source>
        <translation>本步改变</translation>
    </message>
</context>
<context>
    <name>oslens::views::BuddyView</name>
    <message>
        <source>Fragmentation over time (chart)</source>
        <translation>碎片随时间的变化（图表）</translation>
    </message>
    <message>
        <source>Free lists and physical memory</source>
        <translation>空闲链表与物理内存</translation>
    </message>
    <message>
        <source>/proc/buddyinfo: free blocks (nr_free) per zone and order</source>
        <translation>/proc/buddyinfo：每个内存区、每阶的空闲块数（nr_free）</translation>
    </message>
    <message>
        <source>Live allocations</source>
        <translation>当前分配</translation>
    </message>
    <message>
        <source>Splits as a binary tree</source>
        <translation>拆分二叉树</translation>
    </message>
</context>
<context>
    <name>oslens::views::CfsChart</name>
    <message>
        <source>time (ms)</source>
        <translation>时间（ms）</translation>
    </message>
    <message>
        <source>vruntime (ms)</source>
        <translation>vruntime（ms）</translation>
    </message>
    <message>
        <source>min_vruntime</source>
        <translation>min_vruntime</translation>
    </message>
    <message>
        <source>share of the CPU</source>
        <translation>CPU 份额</translation>
    </message>
    <message>
        <source>CPU share so far (lines with markers) and the share the weights promise (thin dashed lines)</source>
        <translation>到目前为止的 CPU 份额（带标记的线）与权重应得的份额（细虚线）</translation>
    </message>
    <message>
        <source>vruntime of each task: CFS runs the one furthest behind</source>
        <translation>各任务的 vruntime：CFS 总是运行落后最多的任务</translation>
    </message>
</context>
<context>
    <name>oslens::views::CfsTasksModel</name>
    <message>
        <source>load weight from the kernel&apos;s nice table (nice 0 = 1024)</source>
        <translation>取自内核 nice 表的负载权重（nice 0 = 1024）</translation>
    </message>
    <message>
        <source>virtual runtime: CPU time scaled by 1024 / weight</source>
        <translation>虚拟运行时间：CPU 时间乘以 1024 / 权重</translation>
    </message>
    <message>
        <source>CPU time received (sum_exec_runtime)</source>
        <translation>已获得的 CPU 时间（sum_exec_runtime）</translation>
    </message>
    <message>
        <source>the slice it is due now: period × weight / total weight</source>
        <translation>它现在应得的时间片：周期 × 权重 / 总权重</translation>
    </message>
    <message>
        <source>times it was put on the CPU</source>
        <translation>被放上 CPU 的次数</translation>
    </message>
    <message>
        <source>time spent ready but not running</source>
        <translation>处于就绪但未运行的时间</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>nice</source>
        <translation>nice</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>vruntime</source>
        <translation>vruntime</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <source>slice</source>
        <translation>时间片</translation>
    </message>
    <message>
        <source>switches</source>
        <translation>切换次数</translation>
    </message>
    <message>
        <source>waited</source>
        <translation>等待时间</translation>
    </message>
</context>
<context>
    <name>oslens::views::CfsView</name>
    <message>
        <source>Process states</source>
        <translation>进程状态</translation>
    </message>
    <message>
        <source>Gantt chart: who ran when</source>
        <translation>甘特图：谁在何时运行</translation>
    </message>
    <message>
        <source>vruntime over time</source>
        <translation>vruntime 随时间变化</translation>
    </message>
    <message>
        <source>CPU share against the weights</source>
        <translation>CPU 份额与权重</translation>
    </message>
    <message>
        <source>Run queue (red-black tree) and CPU</source>
        <translation>运行队列（红黑树）与 CPU</translation>
    </message>
    <message>
        <source>Tasks (sched_entity): the running one in bold</source>
        <translation>任务（sched_entity）：正在运行的以粗体显示</translation>
    </message>
</context>
<context>
    <name>oslens::views::CpuGantt</name>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Who ran when (the first %1 of %2 tasks have rows)</source>
        <translation>谁在何时运行（%2 个任务中前 %1 个各占一行）</translation>
    </message>
    <message>
        <source>Who ran when</source>
        <translation>谁在何时运行</translation>
    </message>
</context>
<context>
    <name>oslens::views::DetectionView</name>
    <message>
        <source>Detection algorithm: the matrices</source>
        <translation>检测算法：矩阵</translation>
    </message>
    <message>
        <source>Resource-allocation graph</source>
        <translation>资源分配图</translation>
    </message>
</context>
<context>
    <name>oslens::views::FaultCurveChart</name>
    <message>
        <source>Page faults against number of frames (first %1 references)</source>
        <translation>缺页次数与页框数的关系（前 %1 次引用）</translation>
    </message>
    <message>
        <source>Page faults against number of frames</source>
        <translation>缺页次数与页框数的关系</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>页框数</translation>
    </message>
    <message>
        <source>Page faults</source>
        <translation>缺页次数</translation>
    </message>
    <message>
        <source>this run so far</source>
        <translation>本次运行至今</translation>
    </message>
</context>
<context>
    <name>oslens::views::FragmentationChart</name>
    <message>
        <source>Free pages and the largest free block: charting %1 steps…</source>
        <translation>空闲页与最大空闲块：正在绘制 %1 步…</translation>
    </message>
    <message>
        <source>Free pages and the largest free block: the gap is external fragmentation</source>
        <translation>空闲页与最大空闲块：两者之差就是外部碎片</translation>
    </message>
    <message>
        <source>Free pages and the largest free block (a point every %1 steps): the gap is external fragmentation</source>
        <translation>空闲页与最大空闲块（每 %1 步一个点）：两者之差就是外部碎片</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>free pages</source>
        <translation>空闲页</translation>
    </message>
    <message>
        <source>largest free block (pages)</source>
        <translation>最大空闲块（页）</translation>
    </message>
    <message>
        <source>free, but not in one block</source>
        <translation>空闲，但不在同一个块中</translation>
    </message>
    <message>
        <source>request failed</source>
        <translation>请求失败</translation>
    </message>
    <message>
        <source>this step</source>
        <translation>本步</translation>
    </message>
    <message>
        <source>external fragmentation (1 − largest/free)</source>
        <translation>外部碎片（1 − 最大块/空闲）</translation>
    </message>
</context>
<context>
    <name>oslens::views::FrameTableModel</name>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>never</source>
        <translation>不再使用</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>页框</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Dirty</source>
        <translation>脏位</translation>
    </message>
    <message>
        <source>Ref. bit</source>
        <translation>引用位</translation>
    </message>
    <message>
        <source>Loaded at</source>
        <translation>调入于</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <source>Next use</source>
        <translation>下次使用</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <source>Ref. bit, last %1 steps</source>
        <translation>引用位（最近 %1 步）</translation>
    </message>
</context>
<context>
    <name>oslens::views::FramesScene</name>
    <message>
        <source>killed (SIGSEGV)</source>
        <translation>被杀死（SIGSEGV）</translation>
    </message>
    <message>
        <source>killed (out of memory)</source>
        <translation>被杀死（内存耗尽）</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>%1 · %2 in memory, %3 swapped</source>
        <translation>%1 · 内存中 %2 页，换出 %3 页</translation>
    </message>
    <message>
        <source>Physical memory: %1 frames, %2 free</source>
        <translation>物理内存：%1 个页框，%2 个空闲</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>页框 %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>页 %1</translation>
    </message>
    <message>
        <source>×%1: %2</source>
        <translation>×%1：%2</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Swap: %1 slots, %2 in use</source>
        <translation>交换区：%1 个槽，%2 个在用</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>slot %1 free</source>
        <translation>槽 %1 空闲</translation>
    </message>
    <message>
        <source>and %1 more slots</source>
        <translation>另有 %1 个槽</translation>
    </message>
    <message>
        <source>%1&apos;s PTE</source>
        <translation>%1 的页表项</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>没有区域</translation>
    </message>
    <message>
        <source> · %1 more</source>
        <translation>·另 %1 个</translation>
    </message>
</context>
<context>
    <name>oslens::views::FreelistView</name>
    <message>
        <source>Free list and heap</source>
        <translation>空闲链表与堆</translation>
    </message>
    <message>
        <source>Free space over time (chart)</source>
        <translation>空闲空间随时间变化（图表）</translation>
    </message>
    <message>
        <source>Blocks in use, by address</source>
        <translation>使用中的块（按地址）</translation>
    </message>
</context>
<context>
    <name>oslens::views::HeapBlocksModel</name>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>指针</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>块</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Header + rounding</source>
        <translation>头部 + 取整</translation>
    </message>
</context>
<context>
    <name>oslens::views::HeapChart</name>
    <message>
        <source>Free bytes and the largest free block: the gap is external fragmentation</source>
        <translation>空闲字节与最大空闲块：两者之差就是外部碎片</translation>
    </message>
    <message>
        <source>Free bytes and the largest free block (a point every %1 steps): the gap is external fragmentation</source>
        <translation>空闲字节与最大空闲块（每 %1 步一个点）：两者之差就是外部碎片</translation>
    </message>
    <message>
        <source>Free bytes and the largest free block: charting %1 steps…</source>
        <translation>空闲字节与最大空闲块：正在绘制 %1 步…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>free bytes</source>
        <translation>空闲字节</translation>
    </message>
    <message>
        <source>largest free block</source>
        <translation>最大空闲块</translation>
    </message>
    <message>
        <source>free, but not in one block</source>
        <translation>空闲，但不在同一个块中</translation>
    </message>
    <message>
        <source>malloc returned NULL</source>
        <translation>malloc 返回 NULL</translation>
    </message>
    <message>
        <source>this step</source>
        <translation>本步</translation>
    </message>
    <message>
        <source>external fragmentation (1 − largest/free)</source>
        <translation>外部碎片（1 − 最大块/空闲）</translation>
    </message>
</context>
<context>
    <name>oslens::views::HeapScene</name>
    <message>
        <source>%1 · free list %2 · header %3 · alignment %4 · coalescing %5</source>
        <translation>%1 · 空闲链表%2 · 头部 %3 · 对齐 %4 · 合并%5</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 · OSTEP malloc.py&apos;s rules</source>
        <translation>%1 · OSTEP malloc.py 的规则</translation>
    </message>
    <message>
        <source>Free list, from its head (each box: address · size)</source>
        <translation>空闲链表，从表头开始（每个方框：地址 · 大小）</translation>
    </message>
    <message>
        <source>The heap from its base %1 to the program break; a used block starts with its header, which holds its size</source>
        <translation>堆：从基址 %1 到程序断点；使用中的块以头部开始，头部保存着它的大小</translation>
    </message>
    <message>
        <source>Mapped chunks (mmap, each its own pages; not to scale)</source>
        <translation>映射块（mmap，各自独占若干页；不按比例）</translation>
    </message>
    <message>
        <source>used block · header</source>
        <translation>使用中的块 · 头部</translation>
    </message>
    <message>
        <source>what this step did</source>
        <translation>本步所做的</translation>
    </message>
    <message>
        <source>program break</source>
        <translation>程序断点</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>堆</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Largest free block</source>
        <translation>最大空闲块</translation>
    </message>
    <message>
        <source>External fragmentation</source>
        <translation>外部碎片</translation>
    </message>
    <message>
        <source>Blocks in use</source>
        <translation>使用中的块</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1，共 %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Start: one free block of %1 at %2.</source>
        <translation>开始：%2 处有一个 %1 的空闲块。</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → NULL</source>
        <translation>%1 → NULL</translation>
    </message>
    <message>
        <source>%1 → error: not a block in use</source>
        <translation>%1 → 错误：不是使用中的块</translation>
    </message>
    <message>
        <source>empty: no free block</source>
        <translation>空：没有空闲块</translation>
    </message>
    <message>
        <source>%1 before …</source>
        <translation>前面还有 %1 个…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>还有 %1 个</translation>
    </message>
    <message>
        <source>→ NULL</source>
        <translation>→ NULL</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>未映射</translation>
    </message>
    <message>
        <source>program break %1</source>
        <translation>程序断点 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>split here</source>
        <translation>在此切分</translation>
    </message>
    <message>
        <source>✗ %1 = NULL: no free block holds %2</source>
        <translation>✗ %1 = NULL：没有空闲块能容纳 %2</translation>
    </message>
    <message>
        <source>✗ free(%1): freed already, a double free</source>
        <translation>✗ free(%1)：已经释放过，重复释放</translation>
    </message>
    <message>
        <source>✗ realloc(%1): freed already</source>
        <translation>✗ realloc(%1)：已经释放过</translation>
    </message>
    <message>
        <source>✗ free(%1): not a pointer malloc returned</source>
        <translation>✗ free(%1)：不是 malloc 返回的指针</translation>
    </message>
    <message>
        <source>free(NULL): %1&apos;s malloc failed; nothing to do</source>
        <translation>free(NULL)：%1 的 malloc 失败了，什么也不做</translation>
    </message>
    <message>
        <source>▲ next search</source>
        <translation>▲ 下次查找</translation>
    </message>
    <message>
        <source>The program&apos;s pointers (the tags), and what each holds</source>
        <translation>程序的指针（标签）及各自的值</translation>
    </message>
    <message>
        <source>free block · header</source>
        <translation>空闲块 · 头部</translation>
    </message>
    <message>
        <source>leaked</source>
        <translation>已泄漏</translation>
    </message>
    <message>
        <source>trim: %1 back to the kernel</source>
        <translation>收缩：%1 还给内核</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>上限 %1</translation>
    </message>
    <message>
        <source>none assigned yet</source>
        <translation>尚未赋值</translation>
    </message>
    <message>
        <source>%1 → %2 (mmap)</source>
        <translation>%1 → %2（mmap）</translation>
    </message>
    <message>
        <source>%1 → freed (dangling)</source>
        <translation>%1 → 已释放（悬空）</translation>
    </message>
    <message>
        <source>%1 = NULL</source>
        <translation>%1 = NULL</translation>
    </message>
    <message>
        <source>%1: not from malloc</source>
        <translation>%1：不是 malloc 返回的</translation>
    </message>
    <message>
        <source>%1 more …</source>
        <translation>另有 %1 个…</translation>
    </message>
    <message>
        <source>leaked (was %1)</source>
        <translation>已泄漏（原为 %1）</translation>
    </message>
</context>
<context>
    <name>oslens::views::IpcObjectsModel</name>
    <message>
        <source>object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>waiting (first woken first)</source>
        <translation>等待者（先到先唤醒）</translation>
    </message>
</context>
<context>
    <name>oslens::views::IpcProcessesModel</name>
    <message>
        <source>the call it makes next, or is blocked in</source>
        <translation>它下一步要做的调用，或阻塞在其中的调用</translation>
    </message>
    <message>
        <source>steps it spent blocked in a wait queue</source>
        <translation>它在等待队列中阻塞的步数</translation>
    </message>
    <message>
        <source>process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>next action</source>
        <translation>下一个动作</translation>
    </message>
    <message>
        <source>written</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读出</translation>
    </message>
    <message>
        <source>blocked steps</source>
        <translation>阻塞步数</translation>
    </message>
    <message>
        <source>registers</source>
        <translation>寄存器</translation>
    </message>
</context>
<context>
    <name>oslens::views::IpcSequenceChart</name>
    <message>
        <source>Time runs down, one row per step; each call is an arrow between a process and an object</source>
        <translation>时间自上而下，每一步一行；每个调用是进程与对象之间的一支箭头</translation>
    </message>
    <message>
        <source>call, data in</source>
        <translation>调用，数据进入</translation>
    </message>
    <message>
        <source>returns, data out</source>
        <translation>返回，数据取出</translation>
    </message>
    <message>
        <source>blocks (waits)</source>
        <translation>阻塞（等待）</translation>
    </message>
    <message>
        <source>fails with errno</source>
        <translation>失败，返回 errno</translation>
    </message>
    <message>
        <source>SIGPIPE</source>
        <translation>SIGPIPE</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>+1 more process not shown</source>
        <translation>另有 1 个进程未显示</translation>
    </message>
    <message>
        <source>+%1 more processes not shown</source>
        <translation>另有 %1 个进程未显示</translation>
    </message>
    <message>
        <source>+1 more object not shown</source>
        <translation>另有 1 个对象未显示</translation>
    </message>
    <message>
        <source>+%1 more objects not shown</source>
        <translation>另有 %1 个对象未显示</translation>
    </message>
    <message>
        <source>↑ steps 1–%1 above</source>
        <translation>↑ 上方还有第 1–%1 步</translation>
    </message>
    <message>
        <source>No step yet: each step adds a row here, its calls drawn as arrows</source>
        <translation>还没有步骤：每一步在这里添加一行，其中的调用画成箭头</translation>
    </message>
    <message>
        <source>%1 (not shown): %2</source>
        <translation>%1（未显示）：%2</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>阻塞</translation>
    </message>
    <message>
        <source>(exited)</source>
        <translation>（已退出）</translation>
    </message>
</context>
<context>
    <name>oslens::views::IpcView</name>
    <message>
        <source>Processes and IPC objects</source>
        <translation>进程与 IPC 对象</translation>
    </message>
    <message>
        <source>Process states</source>
        <translation>进程状态</translation>
    </message>
    <message>
        <source>Message sequence chart</source>
        <translation>消息序列图</translation>
    </message>
    <message>
        <source>Processes (the one that ran this step in bold)</source>
        <translation>进程（本步运行的进程以粗体显示）</translation>
    </message>
    <message>
        <source>Objects and their wait queues</source>
        <translation>对象及其等待队列</translation>
    </message>
</context>
<context>
    <name>oslens::views::LiveAllocationsModel</name>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>First pfn</source>
        <translation>首个 pfn</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>阶</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Wasted bytes</source>
        <translation>浪费字节</translation>
    </message>
</context>
<context>
    <name>oslens::views::LiveObjectsModel</name>
    <message>
        <source>large kmalloc (order %1)</source>
        <translation>大块 kmalloc（%1 阶）</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Wasted bytes</source>
        <translation>浪费字节</translation>
    </message>
</context>
<context>
    <name>oslens::views::MemoryDumpScene</name>
    <message>
        <source>Physical memory as the walk reads it: %1-byte pages, shown %2 bytes to a row</source>
        <translation>遍历所读的物理内存：每页 %1 字节，每行显示 %2 字节</translation>
    </message>
    <message>
        <source>the data</source>
        <translation>数据页</translation>
    </message>
    <message>
        <source>%1: page %2</source>
        <translation>%1：页 %2</translation>
    </message>
    <message>
        <source>%1: page ?</source>
        <translation>%1：页号未知</translation>
    </message>
    <message>
        <source>its bytes were not given (only entries were)</source>
        <translation>未给出它的字节（只给出了页表项）</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未到达</translation>
    </message>
    <message>
        <source>not used: a large page ended the walk above it</source>
        <translation>未用到：上一级的大页已结束遍历</translation>
    </message>
</context>
<context>
    <name>oslens::views::PagingScene</name>
    <message>
        <source>%1 replacement · %4 frames · step %2 of %3</source>
        <translation>%1 置换 · %4 个页框 · 第 %2 / %3 步</translation>
    </message>
    <message>
        <source>Faults %1    Hits %2    Write-backs %3    Hit rate %4%</source>
        <translation>缺页 %1&#x3000;命中 %2&#x3000;写回 %3&#x3000;命中率 %4%</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Memory now</source>
        <translation>当前内存</translation>
    </message>
    <message>
        <source>Frame %1</source>
        <translation>页框 %1</translation>
    </message>
    <message>
        <source>loaded at step %1</source>
        <translation>调入：第 %1 步</translation>
    </message>
    <message>
        <source>last used at step %1</source>
        <translation>最近使用：第 %1 步</translation>
    </message>
    <message>
        <source>never used again</source>
        <translation>以后不再使用</translation>
    </message>
    <message>
        <source>next use at step %1</source>
        <translation>第 %1 步下次使用</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>evicted %1 (written back)</source>
        <translation>淘汰了 %1（已写回）</translation>
    </message>
    <message>
        <source>evicted %1</source>
        <translation>淘汰了 %1</translation>
    </message>
    <message>
        <source>… and %1 more frames not drawn</source>
        <translation>……另有 %1 个页框未画出</translation>
    </message>
    <message>
        <source>hand</source>
        <translation>指针</translation>
    </message>
    <message>
        <source>D: dirty bit, R: reference bit (filled = 1)</source>
        <translation>D：脏位，R：引用位（实心 = 1）</translation>
    </message>
    <message>
        <source>D: dirty bit (filled = 1)</source>
        <translation>D：脏位（实心 = 1）</translation>
    </message>
    <message>
        <source>victim: loaded first, at step %1</source>
        <translation>牺牲页：最先装入，在第 %1 步</translation>
    </message>
    <message>
        <source>victim: used longest ago, at step %1</source>
        <translation>牺牲页：最久未用，上次在第 %1 步</translation>
    </message>
    <message>
        <source>victim: never used again</source>
        <translation>牺牲页：以后不再使用</translation>
    </message>
    <message>
        <source>victim: next used last, at step %1</source>
        <translation>牺牲页：下次使用最晚，在第 %1 步</translation>
    </message>
    <message numerus="yes">
        <source>victim: used fewest times (%n)</source>
        <translation>
            <numerusform>牺牲页：使用次数最少（%n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>victim: reference bit 0</source>
        <translation>牺牲页：引用位为 0</translation>
    </message>
    <message>
        <source>victim: drawn at random</source>
        <translation>牺牲页：随机选出</translation>
    </message>
    <message>
        <source>R: reference bit (filled = 1)</source>
        <translation>R：引用位（实心 = 1）</translation>
    </message>
    <message>
        <source>%1 replacement · 1 frame · step %2 of %3</source>
        <translation>%1 置换 · 1 个页框 · 第 %2 / %3 步</translation>
    </message>
    <message>
        <source>… and 1 more frame not drawn</source>
        <translation>……另有 1 个页框未画出</translation>
    </message>
    <message>
        <source>used once</source>
        <translation>已使用 1 次</translation>
    </message>
    <message>
        <source>used %1 times</source>
        <translation>已使用 %1 次</translation>
    </message>
</context>
<context>
    <name>oslens::views::PagingView</name>
    <message>
        <source>Faults against frames (chart)</source>
        <translation>缺页与页框数（图表）</translation>
    </message>
    <message>
        <source>Memory and reference string</source>
        <translation>内存与引用串</translation>
    </message>
</context>
<context>
    <name>oslens::views::SceneDeck</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Keys 1–9 choose a picture; Tab shows the next.</source>
        <translation>按数字键 1–9 选择图；按 Tab 键显示下一幅。</translation>
    </message>
</context>
<context>
    <name>oslens::views::SchedMetricsScene</name>
    <message>
        <source>Scheduling metrics: %1</source>
        <translation>调度指标：%1</translation>
    </message>
    <message>
        <source>At t = %1. — : not known yet at this step.</source>
        <translation>时刻 t = %1。—：这一步还不知道。</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>run time</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <source>first run</source>
        <translation>首次运行</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>response</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>turnaround</source>
        <translation>周转时间</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <source>CPU it needs</source>
        <translation>所需 CPU 时间</translation>
    </message>
    <message>
        <source>first run − arrival</source>
        <translation>首次运行 − 到达</translation>
    </message>
    <message>
        <source>completion − arrival</source>
        <translation>完成 − 到达</translation>
    </message>
    <message>
        <source>ready, not running</source>
        <translation>就绪但未运行</translation>
    </message>
    <message>
        <source>average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>+%1 more tasks, counted in the averages</source>
        <translation>另有 %1 个任务，已计入平均值</translation>
    </message>
    <message>
        <source>≥ : the wait so far (the task has not finished). Highlighted: known from this step on.</source>
        <translation>≥：到目前为止的等待时间（任务尚未完成）。高亮：从这一步起才知道的值。</translation>
    </message>
</context>
<context>
    <name>oslens::views::SchedTasksModel</name>
    <message>
        <source>average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>from arrival to its first time on the CPU</source>
        <translation>从到达到第一次上 CPU</translation>
    </message>
    <message>
        <source>from arrival to exit</source>
        <translation>从到达到退出</translation>
    </message>
    <message>
        <source>time spent ready but not running</source>
        <translation>处于就绪但未运行的时间</translation>
    </message>
    <message>
        <source>times it was put on the CPU</source>
        <translation>被放上 CPU 的次数</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <source>response</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>turnaround</source>
        <translation>周转时间</translation>
    </message>
    <message>
        <source>waited</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <source>switches</source>
        <translation>切换次数</translation>
    </message>
</context>
<context>
    <name>oslens::views::SchedView</name>
    <message>
        <source>Gantt chart: who ran when</source>
        <translation>甘特图：谁在何时运行</translation>
    </message>
    <message>
        <source>Process states</source>
        <translation>进程状态</translation>
    </message>
    <message>
        <source>CPU and ready queue</source>
        <translation>CPU 与就绪队列</translation>
    </message>
    <message>
        <source>Per task: response, turnaround and waiting time (the running one in bold)</source>
        <translation>每个任务的响应时间、周转时间与等待时间（正在运行的以粗体显示）</translation>
    </message>
    <message>
        <source>Metrics: response, turnaround and waiting time</source>
        <translation>指标：响应时间、周转时间和等待时间</translation>
    </message>
</context>
<context>
    <name>oslens::views::Sentences</name>
    <message>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>oslens::views::SlabInfoModel</name>
    <message>
        <source>objects in use</source>
        <translation>在用对象数</translation>
    </message>
    <message>
        <source>objects the cache&apos;s slabs hold, in use or free</source>
        <translation>该缓存所有 slab 中的对象数（在用或空闲）</translation>
    </message>
    <message>
        <source>bytes each object takes in a slab, after alignment</source>
        <translation>每个对象在 slab 中占用的字节数（对齐之后）</translation>
    </message>
    <message>
        <source>slabs on slabs_full</source>
        <translation>slabs_full 上的 slab 数</translation>
    </message>
    <message>
        <source>slabs on slabs_partial</source>
        <translation>slabs_partial 上的 slab 数</translation>
    </message>
    <message>
        <source>slabs on slabs_free (no object in use)</source>
        <translation>slabs_free 上的 slab 数（没有在用对象）</translation>
    </message>
</context>
<context>
    <name>oslens::views::SlabScene</name>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 pages of %2 under the slab allocator · step %3 of %4</source>
        <translation>slab 分配器之下共 %1 个 %2 的页 · 第 %3 步 / 共 %4 步</translation>
    </message>
    <message>
        <source>The classic SLAB allocator (Bonwick 1994), as Linux&apos;s mm/slab.c had it until 6.7: Linux 6.8 removed it, and SLUB is now its only slab allocator.</source>
        <translation>经典 SLAB 分配器（Bonwick 1994），即 Linux 6.7 及以前 mm/slab.c 的实现：Linux 6.8 移除了它，如今 SLUB 是唯一的 slab 分配器。</translation>
    </message>
    <message>
        <source>A slab is 2^order pages from the buddy allocator · colouring: %1 · the per-CPU array caches in front of the lists are not drawn</source>
        <translation>一个 slab 是从伙伴分配器取得的 2^order 个页；着色：%1；链表前面的每 CPU 数组缓存（array cache）未画出</translation>
    </message>
    <message>
        <source>Linux ≥ 4.6 (colour_next advanced, then used)</source>
        <translation>Linux ≥ 4.6（colour_next 先前进，再使用）</translation>
    </message>
    <message>
        <source>Bonwick 1994 (colour_next used, then advanced)</source>
        <translation>Bonwick 1994（colour_next 先使用，再前进）</translation>
    </message>
    <message>
        <source>Objects in use</source>
        <translation>在用对象</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Slabs</source>
        <translation>slab</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Free pages (buddy allocator)</source>
        <translation>空闲页（伙伴分配器）</translation>
    </message>
    <message>
        <source>Wasted by kmalloc&apos;s rounding up</source>
        <translation>kmalloc 向上取整浪费的空间</translation>
    </message>
    <message>
        <source>Start: no cache holds a slab yet; all %1 pages are free in the buddy allocator.</source>
        <translation>开始：还没有缓存持有 slab；伙伴分配器中全部 %1 页都空闲。</translation>
    </message>
    <message>
        <source>Caches</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>kmem_cache: objects of one size</source>
        <translation>kmem_cache：同一大小的对象</translation>
    </message>
    <message>
        <source>every object in use</source>
        <translation>满：所有对象都在用</translation>
    </message>
    <message>
        <source>some objects free: allocations come here first</source>
        <translation>部分：有空闲对象，分配先从这里取</translation>
    </message>
    <message>
        <source>no object in use (empty): kept until a shrink</source>
        <translation>空：没有在用对象，保留到收缩时</translation>
    </message>
    <message>
        <source>Not drawn until they hold a slab: %1</source>
        <translation>尚未持有 slab，暂不画出：%1</translation>
    </message>
    <message>
        <source>+ %1 more caches not drawn (see the slabinfo table)</source>
        <translation>另有 %1 个缓存未画出（见 slabinfo 表）</translation>
    </message>
    <message>
        <source>Physical memory, pfn 0–%1: the buddy allocator&apos;s pages. Each slab is one block of 2^order pages, drawn in its cache&apos;s colour.</source>
        <translation>物理内存，页框号 0–%1：伙伴分配器管理的页。每个 slab 是一个 2^order 页的块，用所属缓存的颜色画出。</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>%1 阶</translation>
    </message>
</context>
<context>
    <name>oslens::views::SlabView</name>
    <message>
        <source>Caches, slabs and physical memory</source>
        <translation>缓存、slab 与物理内存</translation>
    </message>
    <message>
        <source>Buddy allocator: %1 of %2 pages free; slabs hold %3, large kmallocs %4.</source>
        <translation>伙伴分配器：%1 / %2 页空闲；slab 占用 %3，大块 kmalloc 占用 %4。</translation>
    </message>
    <message>
        <source>/proc/slabinfo: objects and slabs per cache</source>
        <translation>/proc/slabinfo：各缓存的对象与 slab</translation>
    </message>
    <message>
        <source>What each tag holds</source>
        <translation>各标签持有的内存</translation>
    </message>
</context>
<context>
    <name>oslens::views::TaskStateDiagram</name>
    <message>
        <source>admitted</source>
        <translation>接纳</translation>
    </message>
    <message>
        <source>scheduler dispatch</source>
        <translation>调度程序分派</translation>
    </message>
    <message>
        <source>preempted</source>
        <translation>被抢占</translation>
    </message>
    <message>
        <source>I/O wait</source>
        <translation>等待 I/O</translation>
    </message>
    <message>
        <source>I/O done</source>
        <translation>I/O 完成</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>另有 %1 个</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>阻塞</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>已退出</translation>
    </message>
</context>
<context>
    <name>oslens::views::TlbChart</name>
    <message>
        <source>Page faults so far (no TLB: every access walks %1 levels)</source>
        <translation>至今的缺页次数（没有 TLB：每次访问都遍历 %1 级页表）</translation>
    </message>
    <message>
        <source>TLB hit rate %1% so far: effective access time %2 ns (memory %3 ns, TLB %4 ns, %5 memory accesses on a miss; %6 ns with no TLB hits)</source>
        <translation>至今 TLB 命中率 %1%：有效访问时间 %2 ns（内存 %3 ns，TLB %4 ns，未命中时访存 %5 次；完全不命中时为 %6 ns）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Step (a point every %1 steps)</source>
        <translation>步（每 %1 步一个点）</translation>
    </message>
    <message>
        <source>this step</source>
        <translation>本步</translation>
    </message>
    <message>
        <source>TLB hit rate so far (%, left)</source>
        <translation>至今 TLB 命中率（%，左轴）</translation>
    </message>
    <message>
        <source>page faults so far (right)</source>
        <translation>至今缺页次数（右轴）</translation>
    </message>
</context>
<context>
    <name>oslens::views::TlbScene</name>
    <message>
        <source>This scenario has no TLB: every access walks the page tables.</source>
        <translation>本场景没有 TLB：每次访问都要遍历页表。</translation>
    </message>
    <message>
        <source>TLB: %1 entries, fully associative, %2 replacement</source>
        <translation>TLB：%1 项，全相联，%2 替换</translation>
    </message>
    <message>
        <source>TLB: %1 entries in %2 sets of %3 ways, %4 replacement</source>
        <translation>TLB：%1 项，分成 %2 组，每组 %3 路，%4 替换</translation>
    </message>
    <message>
        <source> · entries tagged with ASIDs</source>
        <translation> · 表项带有 ASID</translation>
    </message>
    <message>
        <source>hits %1 · misses %2 · hit rate %3%</source>
        <translation>命中 %1 · 未命中 %2 · 命中率 %3%</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>表项</translation>
    </message>
    <message>
        <source>set</source>
        <translation>组</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>ASID</source>
        <translation>ASID</translation>
    </message>
    <message>
        <source>page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>页框</translation>
    </message>
    <message>
        <source>R/W</source>
        <translation>读/写</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>last use</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <source>entries 0–%1 not shown</source>
        <translation>第 0–%1 项未显示</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>读写</translation>
    </message>
    <message>
        <source>R</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>entries %1–%2 not shown</source>
        <translation>第 %1–%2 项未显示</translation>
    </message>
    <message>
        <source>this access</source>
        <translation>本次访问</translation>
    </message>
    <message>
        <source>1 access ago</source>
        <translation>1 次访问之前</translation>
    </message>
    <message>
        <source>%1 accesses ago</source>
        <translation>%1 次访问之前</translation>
    </message>
    <message>
        <source>The switch flushed 1 entry: without ASIDs no entry can stay.</source>
        <translation>切换清空了 1 个表项：没有 ASID，任何表项都不能留下。</translation>
    </message>
    <message>
        <source>The switch flushed %1 entries: without ASIDs no entry can stay.</source>
        <translation>切换清空了 %1 个表项：没有 ASID，任何表项都不能留下。</translation>
    </message>
    <message>
        <source>The fork dropped 1 entry of the parent: it still allowed writes.</source>
        <translation>fork 作废了父进程的 1 个表项：它仍允许写。</translation>
    </message>
    <message>
        <source>The fork dropped %1 entries of the parent: they still allowed writes.</source>
        <translation>fork 作废了父进程的 %1 个表项：它们仍允许写。</translation>
    </message>
    <message>
        <source>The exit dropped 1 entry.</source>
        <translation>退出作废了 1 个表项。</translation>
    </message>
    <message>
        <source>The exit dropped %1 entries.</source>
        <translation>退出作废了 %1 个表项。</translation>
    </message>
    <message>
        <source>munmap dropped 1 entry.</source>
        <translation>munmap 作废了 1 个表项。</translation>
    </message>
    <message>
        <source>munmap dropped %1 entries.</source>
        <translation>munmap 作废了 %1 个表项。</translation>
    </message>
</context>
<context>
    <name>oslens::views::TranslationView</name>
    <message>
        <source>The walk: address, TLB, page tables</source>
        <translation>页表遍历：地址、TLB、页表</translation>
    </message>
    <message>
        <source>Physical memory and swap</source>
        <translation>物理内存与交换区</translation>
    </message>
    <message>
        <source>The TLB</source>
        <translation>TLB（快表）</translation>
    </message>
    <message>
        <source>Hit rate, faults and access time (chart)</source>
        <translation>命中率、缺页与访问时间（图表）</translation>
    </message>
    <message>
        <source>Physical memory: the bytes the walk read</source>
        <translation>物理内存：遍历读到的字节</translation>
    </message>
</context>
<context>
    <name>oslens::views::WalkScene</name>
    <message>
        <source>Virtual address</source>
        <translation>虚拟地址</translation>
    </message>
    <message>
        <source>Each step translates one address; press → to play the first.</source>
        <translation>每一步翻译一个地址；按 → 播放第一步。</translation>
    </message>
    <message>
        <source>written by %1</source>
        <translation>由 %1 写入</translation>
    </message>
    <message>
        <source>read by %1</source>
        <translation>由 %1 读取</translation>
    </message>
    <message>
        <source>a write</source>
        <translation>一次写</translation>
    </message>
    <message>
        <source>sign</source>
        <translation>符号扩展</translation>
    </message>
    <message>
        <source>bits 63–%1</source>
        <translation>第 63–%1 位</translation>
    </message>
    <message>
        <source>bits %1–%2</source>
        <translation>第 %1–%2 位</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <source>bits %1–0</source>
        <translation>第 %1–0 位</translation>
    </message>
    <message>
        <source>TLB hit (set %1): no walk</source>
        <translation>TLB 命中（第 %1 组）：不遍历</translation>
    </message>
    <message>
        <source>TLB miss (set %1): walk the tables</source>
        <translation>TLB 未命中（第 %1 组）：遍历页表</translation>
    </message>
    <message>
        <source>TLB: looking…</source>
        <translation>TLB：查找中…</translation>
    </message>
    <message>
        <source>page table</source>
        <translation>页表</translation>
    </message>
    <message>
        <source>skipped: the TLB knew</source>
        <translation>已跳过：TLB 已有结果</translation>
    </message>
    <message>
        <source>not read: no walk</source>
        <translation>未读取：没有遍历</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未到达</translation>
    </message>
    <message>
        <source>page table (%1 entries)</source>
        <translation>页表（%1 项）</translation>
    </message>
    <message>
        <source>%1 · frame %2</source>
        <translation>%1 · 页框 %2</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>Physical address</source>
        <translation>物理地址</translation>
    </message>
    <message>
        <source>The byte there: %1</source>
        <translation>该处的字节：%1</translation>
    </message>
    <message>
        <source>Page fault at the %1</source>
        <translation>%1处缺页</translation>
    </message>
    <message>
        <source>Protection fault: a write to a read-only page</source>
        <translation>保护错误：写只读页</translation>
    </message>
    <message>
        <source>Copy-on-write fault</source>
        <translation>写时复制缺页</translation>
    </message>
    <message>
        <source>Segmentation fault</source>
        <translation>段错误</translation>
    </message>
    <message>
        <source>General-protection fault: not a canonical address</source>
        <translation>一般保护异常（#GP）：不是规范地址</translation>
    </message>
    <message>
        <source>new %1 in frame %2</source>
        <translation>页框 %2中新建%1</translation>
    </message>
    <message>
        <source>page read back from swap into frame %1</source>
        <translation>页从交换区读回页框 %1</translation>
    </message>
    <message>
        <source>zero-filled frame %1</source>
        <translation>页框 %1清零</translation>
    </message>
    <message>
        <source>frame %1 made writable again</source>
        <translation>页框 %1重新可写</translation>
    </message>
    <message>
        <source>frame %1 copied to frame %2</source>
        <translation>页框 %1复制到页框 %2</translation>
    </message>
    <message>
        <source>the process is killed</source>
        <translation>进程被杀死</translation>
    </message>
    <message>
        <source>The kernel: %1.</source>
        <translation>内核：%1。</translation>
    </message>
    <message>
        <source>%1-byte pages</source>
        <translation>%1 字节的页</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 的页</translation>
    </message>
    <message>
        <source>%1-bit addresses, %2, %3 levels of %4 bits + %5-bit offset</source>
        <translation>%1 位地址，%2，%3 级页表（%4 位）+ %5 位偏移</translation>
    </message>
    <message>
        <source>valid, PFN %1</source>
        <translation>有效，PFN %1</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>not present · swap slot %1</source>
        <translation>不存在 · 交换槽 %1</translation>
    </message>
    <message>
        <source>This step translates no address: the memory picture shows what it changed.</source>
        <translation>这一步不翻译地址：内存图显示它改变了什么。</translation>
    </message>
    <message>
        <source>offset in the %1 page</source>
        <translation>%1 大页内的偏移</translation>
    </message>
    <message>
        <source>TLB hit: no walk</source>
        <translation>TLB 命中：不遍历</translation>
    </message>
    <message>
        <source>TLB miss: walk the tables</source>
        <translation>TLB 未命中：遍历页表</translation>
    </message>
    <message>
        <source>%1&apos;s page %2 out to swap slot %3</source>
        <translation>%1 的页 %2 换出到交换槽 %3</translation>
    </message>
    <message>
        <source>%1&apos;s clean page %2 dropped</source>
        <translation>%1 的干净页 %2 被丢弃</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>页框</translation>
    </message>
    <message>
        <source>%1 page</source>
        <translation>%1 大页</translation>
    </message>
    <message>
        <source>= frame %1 × %2</source>
        <translation>= 页框 %1 × %2</translation>
    </message>
    <message>
        <source>= the %1 page at %2</source>
        <translation>= 位于 %2 的 %1 大页</translation>
    </message>
    <message>
        <source>+ offset %1</source>
        <translation>+ 偏移 %1</translation>
    </message>
    <message>
        <source>%1-bit addresses, %2, one level of %3 bits + %4-bit offset</source>
        <translation>%1 位地址，%2，1 级页表（%3 位）+ %4 位偏移</translation>
    </message>
    <message>
        <source>A context switch: CR3 now holds frame %1, the top table of %2.</source>
        <translation>上下文切换：CR3 现在指向页框 %1，即 %2 的顶级页表。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>The TLB keeps its entries: each is tagged with its process&apos;s ASID.</source>
        <translation>TLB 保留其表项：每项都标有所属进程的 ASID。</translation>
    </message>
    <message>
        <source>Without ASIDs the TLB is flushed.</source>
        <translation>没有 ASID，TLB 被清空。</translation>
    </message>
    <message>
        <source>not used: a large page</source>
        <translation>未用到：大页</translation>
    </message>
    <message>
        <source>%1 · reserved bit set</source>
        <translation>%1 · 设置了保留位</translation>
    </message>
    <message>
        <source>Page fault: a reserved bit is set in the %1 entry</source>
        <translation>缺页：%1 表项设置了保留位</translation>
    </message>
</context>
</TS>
