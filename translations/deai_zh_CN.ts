<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>HistoryPage</name>
    <message>
        <source>Inference history</source>
        <translation>推理历史</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>任务(&amp;J)：</translation>
    </message>
    <message>
        <source>Job whose inferences are listed</source>
        <translation>列出其推理记录的任务</translation>
    </message>
    <message>
        <source>Loading the history</source>
        <translation>正在加载历史记录</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Load the history again</source>
        <translation>重新加载历史记录</translation>
    </message>
    <message>
        <source>No inferences yet for this job.</source>
        <translation>此任务尚无推理记录。</translation>
    </message>
    <message>
        <source>Inferences of the job</source>
        <translation>任务的推理记录</translation>
    </message>
    <message>
        <source>Rows per &amp;page:</source>
        <translation>每页行数(&amp;P)：</translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation>每页行数</translation>
    </message>
    <message>
        <source>F&amp;irst</source>
        <translation>首页(&amp;I)</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>第一页</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>上一页(&amp;V)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Page and number of results</source>
        <translation>页码和结果数量</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>&amp;Last</source>
        <translation>末页(&amp;L)</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>最后一页</translation>
    </message>
    <message>
        <source>&amp;View result…</source>
        <translation>查看结果(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the selected result and show it as a table and a chart</source>
        <translation>保存所选结果并以表格和图表显示</translation>
    </message>
</context>
<context>
    <name>InferencePanel</name>
    <message>
        <source>Inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>&amp;Data file:</source>
        <translation>数据文件(&amp;D)：</translation>
    </message>
    <message>
        <source>Data file to run the inference on</source>
        <translation>要进行推理的数据文件</translation>
    </message>
    <message>
        <source>A CSV or ZIP file in the format the job was trained on</source>
        <translation>与任务训练时格式相同的 CSV 或 ZIP 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the data file</source>
        <translation>选择数据文件</translation>
    </message>
    <message>
        <source>&amp;Run inference…</source>
        <translation>运行推理(&amp;R)…</translation>
    </message>
    <message>
        <source>Run an inference on the data file</source>
        <translation>对数据文件运行推理</translation>
    </message>
    <message>
        <source>Inference step</source>
        <translation>推理步骤</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>上传进度</translation>
    </message>
    <message>
        <source>Upload speed and time left</source>
        <translation>上传速度和剩余时间</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the inference step in progress</source>
        <translation>取消正在进行的推理步骤</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Inference result</source>
        <translation>推理结果</translation>
    </message>
    <message>
        <source>&amp;Transaction:</source>
        <translation>交易(&amp;T)：</translation>
    </message>
    <message>
        <source>Transaction hash</source>
        <translation>交易哈希</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the transaction hash</source>
        <translation>复制交易哈希</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>费用：</translation>
    </message>
    <message>
        <source>Cost of the inference</source>
        <translation>推理费用</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>提交时间：</translation>
    </message>
    <message>
        <source>Time the inference was submitted</source>
        <translation>推理提交的时间</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Address of the result</source>
        <translation>结果地址</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>在浏览器中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the result in the web browser</source>
        <translation>在网页浏览器中打开结果</translation>
    </message>
    <message>
        <source>&amp;View result…</source>
        <translation>查看结果(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the result and show it as a table and a chart</source>
        <translation>保存结果并以表格和图表显示</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>The job record was written by a newer version of deAI Studio (schema %1). Update the app to read it.</source>
        <translation>任务记录由更新版本的 deAI Studio 写入（架构 %1）。请更新应用以读取它。</translation>
    </message>
    <message>
        <source>The job record %1 is damaged and could not be moved aside. Move it away by hand and restart the app.</source>
        <translation>任务记录 %1 已损坏，且无法移走。请手动将其移开，然后重新启动应用。</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <source>Jobs and inference</source>
        <translation>任务与推理</translation>
    </message>
    <message>
        <source>&amp;Jobs created from this computer:</source>
        <translation>从此计算机创建的任务(&amp;J)：</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>No jobs yet. Create one on the “New training job” page.</source>
        <translation>尚无任务。请在“新建训练任务”页面创建一个。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>deAI Studio</source>
        <translation>deAI Studio</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>New training job</source>
        <translation>新建训练任务</translation>
    </message>
    <message>
        <source>Train a model on your data: choose the data, check the estimated cost, and create the job.</source>
        <translation>用您的数据训练模型：选择数据，查看预估费用，然后创建任务。</translation>
    </message>
    <message>
        <source>&amp;New training job…</source>
        <translation>新建训练任务(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new training job</source>
        <translation>创建新的训练任务</translation>
    </message>
    <message>
        <source>Jobs and inference</source>
        <translation>任务与推理</translation>
    </message>
    <message>
        <source>Inference history</source>
        <translation>推理历史</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>登录(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Network log…</source>
        <translation>网络日志(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;About deAI Studio</source>
        <translation>关于 deAI Studio(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>No data at hand? The wizard&apos;s dataset page can make sample data to try it with.</source>
        <translation>手头没有数据？向导的数据集页面可以生成示例数据供您试用。</translation>
    </message>
</context>
<context>
    <name>ServerChoice</name>
    <message>
        <source>Phoenix network</source>
        <translation>Phoenix 网络</translation>
    </message>
    <message>
        <source>Sandbox (local, no CCD spent)</source>
        <translation>沙盒（本地，不花费 CCD）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A new language applies the next time deAI Studio starts.</source>
        <translation>新语言将在下次启动 deAI Studio 时生效。</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外观(&amp;A)：</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>请求超时(&amp;T)：</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>请求超时（秒）</translation>
    </message>
    <message>
        <source>A request that receives nothing for this long is given up</source>
        <translation>请求在这段时间内未收到任何数据即放弃</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Custom server URL</source>
        <translation>自定义服务器 URL</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>在系统钥匙串中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>记住密码</translation>
    </message>
</context>
<context>
    <name>TransferRate</name>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n s left</source>
        <translation>
            <numerusform>%1 · 剩余 %n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardCostPage</name>
    <message>
        <source>The server estimates what training costs with these settings. The estimate is held for this job when you create it.</source>
        <translation>服务器会估算使用这些设置进行训练的费用。创建任务时，该估算将为此任务保留。</translation>
    </message>
    <message>
        <source>Estimating the cost</source>
        <translation>正在估算费用</translation>
    </message>
    <message>
        <source>Estimating the cost…</source>
        <translation>正在估算费用…</translation>
    </message>
    <message>
        <source>Estimated cost:</source>
        <translation>预估费用：</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>预估费用</translation>
    </message>
    <message>
        <source>font-weight: bold;</source>
        <translation>font-weight: bold;</translation>
    </message>
    <message>
        <source>Your balance:</source>
        <translation>您的余额：</translation>
    </message>
    <message>
        <source>Your balance</source>
        <translation>您的余额</translation>
    </message>
    <message>
        <source>Balance warning</source>
        <translation>余额警告</translation>
    </message>
    <message>
        <source>Cost estimate problem</source>
        <translation>费用估算问题</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Retry the cost estimate</source>
        <translation>重新估算费用</translation>
    </message>
</context>
<context>
    <name>WizardCreatePage</name>
    <message>
        <source>Job summary</source>
        <translation>任务摘要</translation>
    </message>
    <message>
        <source>Ba&amp;tch size:</source>
        <translation>批大小(&amp;T)：</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>How many samples the model processes per training step (1 to 4096).</source>
        <translation>模型每个训练步骤处理的样本数（1 到 4096）。</translation>
    </message>
    <message>
        <source>Larger batches train faster per epoch but need more memory.</source>
        <translation>批越大，每个轮次(epoch)训练越快，但需要更多内存。</translation>
    </message>
    <message>
        <source>C&amp;reate job</source>
        <translation>创建任务(&amp;R)</translation>
    </message>
    <message>
        <source>Create the training job</source>
        <translation>创建训练任务</translation>
    </message>
    <message>
        <source>Asks you to confirm the cost, then creates the job on the server.</source>
        <translation>请您确认费用，然后在服务器上创建任务。</translation>
    </message>
    <message>
        <source>Creating the job</source>
        <translation>正在创建任务</translation>
    </message>
    <message>
        <source>Job creation status</source>
        <translation>任务创建状态</translation>
    </message>
    <message>
        <source>Job &amp;id:</source>
        <translation>任务 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>New job id</source>
        <translation>新任务 ID</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>复制(&amp;O)</translation>
    </message>
    <message>
        <source>Copy the job id</source>
        <translation>复制任务 ID</translation>
    </message>
</context>
<context>
    <name>WizardDatasetPage</name>
    <message>
        <source>Dataset files</source>
        <translation>数据集文件</translation>
    </message>
    <message>
        <source>&amp;Images ZIP:</source>
        <translation>图像 ZIP(&amp;I)：</translation>
    </message>
    <message>
        <source>Images ZIP file on this computer</source>
        <translation>此计算机上的图像 ZIP 文件</translation>
    </message>
    <message>
        <source>A ZIP archive of PNG, JPEG or BMP images.</source>
        <translation>包含 PNG、JPEG 或 BMP 图像的 ZIP 压缩包。</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose the images zip file</source>
        <translation>选择图像 ZIP 文件</translation>
    </message>
    <message>
        <source>On the server:</source>
        <translation>服务器上：</translation>
    </message>
    <message>
        <source>Images ZIP server path</source>
        <translation>图像 ZIP 的服务器路径</translation>
    </message>
    <message>
        <source>Not uploaded yet</source>
        <translation>尚未上传</translation>
    </message>
    <message>
        <source>L&amp;abels CSV:</source>
        <translation>标签 CSV(&amp;A)：</translation>
    </message>
    <message>
        <source>Labels CSV file on this computer</source>
        <translation>此计算机上的标签 CSV 文件</translation>
    </message>
    <message>
        <source>A CSV with one label per image, in file-name order or keyed by file name.</source>
        <translation>每张图像一个标签的 CSV，按文件名顺序排列或以文件名为键。</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>浏览(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose the labels csv file</source>
        <translation>选择标签 CSV 文件</translation>
    </message>
    <message>
        <source>Labels CSV server path</source>
        <translation>标签 CSV 的服务器路径</translation>
    </message>
    <message>
        <source>&amp;Series CSV:</source>
        <translation>时间序列 CSV(&amp;S)：</translation>
    </message>
    <message>
        <source>Series CSV file on this computer</source>
        <translation>此计算机上的时间序列 CSV 文件</translation>
    </message>
    <message>
        <source>A CSV whose first row names the columns; the other rows hold numbers, oldest first.</source>
        <translation>第一行为列名的 CSV；其余各行为数值，按时间从早到晚排列。</translation>
    </message>
    <message>
        <source>Choose the series csv file</source>
        <translation>选择时间序列 CSV 文件</translation>
    </message>
    <message>
        <source>Series CSV server path</source>
        <translation>时间序列 CSV 的服务器路径</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>上传(&amp;U)</translation>
    </message>
    <message>
        <source>Upload the dataset files</source>
        <translation>上传数据集文件</translation>
    </message>
    <message>
        <source>Send the chosen files to the server; files already sent from this account are reused.</source>
        <translation>将所选文件发送到服务器；此账户已发送过的文件将被复用。</translation>
    </message>
    <message>
        <source>Cance&amp;l upload</source>
        <translation>取消上传(&amp;L)</translation>
    </message>
    <message>
        <source>Cancel the upload</source>
        <translation>取消上传</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>上传进度</translation>
    </message>
    <message>
        <source>Upload status</source>
        <translation>上传状态</translation>
    </message>
    <message>
        <source>Upload speed</source>
        <translation>上传速度</translation>
    </message>
    <message>
        <source>Upload time left</source>
        <translation>上传剩余时间</translation>
    </message>
    <message>
        <source>Upload problem</source>
        <translation>上传问题</translation>
    </message>
    <message>
        <source>Dataset check</source>
        <translation>数据集检查</translation>
    </message>
    <message>
        <source>Dataset preview and problems</source>
        <translation>数据集预览与问题</translation>
    </message>
    <message>
        <source>Use sa&amp;mple data</source>
        <translation>使用示例数据(&amp;M)</translation>
    </message>
    <message>
        <source>Use a generated sample dataset</source>
        <translation>使用生成的示例数据集</translation>
    </message>
    <message>
        <source>Write a small generated dataset to this computer and choose it, to try a training job without data of your own.</source>
        <translation>在本计算机上写入一个生成的小型数据集并选中它，无需自己的数据即可试用训练任务。</translation>
    </message>
</context>
<context>
    <name>WizardModelPage</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>&amp;CNN: image classification</source>
        <translation>CNN：图像分类(&amp;C)</translation>
    </message>
    <message>
        <source>CNN image classification</source>
        <translation>CNN 图像分类</translation>
    </message>
    <message>
        <source>Learns to sort images into categories.</source>
        <translation>学习将图像分入各个类别。</translation>
    </message>
    <message>
        <source>Learns to sort images into categories from a ZIP of images and a CSV of their labels.</source>
        <translation>根据图像 ZIP 和其标签 CSV，学习将图像分入各个类别。</translation>
    </message>
    <message>
        <source>&amp;LSTM: time series</source>
        <translation>LSTM：时间序列(&amp;L)</translation>
    </message>
    <message>
        <source>LSTM time series</source>
        <translation>LSTM 时间序列</translation>
    </message>
    <message>
        <source>Learns to forecast the next values of a series.</source>
        <translation>学习预测序列的后续数值。</translation>
    </message>
    <message>
        <source>Learns to forecast the next values of a series from a CSV of measurements over time.</source>
        <translation>根据随时间记录的测量值 CSV，学习预测序列的后续数值。</translation>
    </message>
    <message>
        <source>&amp;Job name:</source>
        <translation>任务名称(&amp;J)：</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>任务名称</translation>
    </message>
    <message>
        <source>e.g. Cats and dogs, first try</source>
        <translation>例如：猫和狗，第一次尝试</translation>
    </message>
    <message>
        <source>A name you have not used before on this account; it identifies the job.</source>
        <translation>一个您在此账户中未使用过的名称；它用于标识任务。</translation>
    </message>
    <message>
        <source>Job name problem</source>
        <translation>任务名称问题</translation>
    </message>
</context>
<context>
    <name>WizardParametersPage</name>
    <message>
        <source>&amp;Epochs:</source>
        <translation>轮次(epoch)(&amp;E)：</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮次(epoch)</translation>
    </message>
    <message>
        <source>How many times training goes over the whole training set (1 to 1000).</source>
        <translation>训练遍历整个训练集的次数（1 到 1000）。</translation>
    </message>
    <message>
        <source>More epochs can learn more but cost proportionally more.</source>
        <translation>轮次(epoch)越多，模型可能学得越多，但费用也成比例增加。</translation>
    </message>
    <message>
        <source>&amp;Training share:</source>
        <translation>训练比例(&amp;T)：</translation>
    </message>
    <message>
        <source>Training share</source>
        <translation>训练比例</translation>
    </message>
    <message>
        <source>The share of the data used for training; the rest checks the model (0.01 to 0.99).</source>
        <translation>用于训练的数据比例；其余数据用于检验模型（0.01 到 0.99）。</translation>
    </message>
    <message>
        <source>For example 0.8 trains on 80 % of the data and validates on 20 %.</source>
        <translation>例如，0.8 表示用 80% 的数据训练，用 20% 的数据验证。</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation>模型参数</translation>
    </message>
    <message>
        <source>C&amp;ategories:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>The number of different labels in the labels CSV (2 to 10000).</source>
        <translation>标签 CSV 中不同标签的数量（2 到 10000）。</translation>
    </message>
    <message>
        <source>Each image belongs to exactly one of these classes.</source>
        <translation>每张图像恰好属于其中一个类别。</translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation>通道(&amp;H)：</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Colour channels per pixel: 1 for grey, 3 for RGB, 4 for RGBA.</source>
        <translation>每个像素的颜色通道数：1 表示灰度，3 表示 RGB，4 表示 RGBA。</translation>
    </message>
    <message>
        <source>Images with another channel count are converted.</source>
        <translation>通道数不同的图像将被转换。</translation>
    </message>
    <message>
        <source>&amp;Scale ratio:</source>
        <translation>缩放比例(&amp;S)：</translation>
    </message>
    <message>
        <source>Scale ratio</source>
        <translation>缩放比例</translation>
    </message>
    <message>
        <source>The largest pixel value, used to scale pixels to 0..1 (1 to 65535).</source>
        <translation>最大像素值，用于将像素缩放到 0..1（1 到 65535）。</translation>
    </message>
    <message>
        <source>Usually 255 for 8-bit images.</source>
        <translation>8 位图像通常为 255。</translation>
    </message>
    <message>
        <source>&amp;Input width:</source>
        <translation>输入宽度(&amp;I)：</translation>
    </message>
    <message>
        <source>Input width</source>
        <translation>输入宽度</translation>
    </message>
    <message>
        <source>How many consecutive rows the model sees per prediction (at least 1).</source>
        <translation>模型每次预测看到的连续行数（至少为 1）。</translation>
    </message>
    <message>
        <source>The length of the history window, in rows.</source>
        <translation>历史窗口的长度（行数）。</translation>
    </message>
    <message>
        <source>L&amp;abel width:</source>
        <translation>标签宽度(&amp;A)：</translation>
    </message>
    <message>
        <source>Label width</source>
        <translation>标签宽度</translation>
    </message>
    <message>
        <source>How many consecutive rows the model predicts (at least 1).</source>
        <translation>模型预测的连续行数（至少为 1）。</translation>
    </message>
    <message>
        <source>The length of the predicted window, in rows.</source>
        <translation>预测窗口的长度（行数）。</translation>
    </message>
    <message>
        <source>S&amp;hift:</source>
        <translation>偏移(&amp;H)：</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>偏移</translation>
    </message>
    <message>
        <source>How far the end of the predicted window lies past the end of the input window, in rows.</source>
        <translation>预测窗口末尾相对输入窗口末尾向后偏移的行数。</translation>
    </message>
    <message>
        <source>With shift equal to label width the prediction starts right after the input.</source>
        <translation>偏移等于标签宽度时，预测紧接在输入之后开始。</translation>
    </message>
    <message>
        <source>Se&amp;quence stride:</source>
        <translation>序列步长(&amp;Q)：</translation>
    </message>
    <message>
        <source>Sequence stride</source>
        <translation>序列步长</translation>
    </message>
    <message>
        <source>How many rows separate the starts of two consecutive windows (at least 1).</source>
        <translation>两个相邻窗口起点之间相隔的行数（至少为 1）。</translation>
    </message>
    <message>
        <source>A larger stride makes fewer, less overlapping windows.</source>
        <translation>步长越大，窗口越少，重叠也越少。</translation>
    </message>
    <message>
        <source>Sa&amp;mpling rate:</source>
        <translation>采样率(&amp;M)：</translation>
    </message>
    <message>
        <source>Sampling rate</source>
        <translation>采样率</translation>
    </message>
    <message>
        <source>Use every n-th row inside a window (at least 1).</source>
        <translation>在窗口内每隔 n 行取一行（至少为 1）。</translation>
    </message>
    <message>
        <source>1 uses every row; 6 uses every sixth, e.g. hourly from 10-minute data.</source>
        <translation>1 表示使用每一行；6 表示每六行取一行，例如从 10 分钟数据得到每小时数据。</translation>
    </message>
    <message>
        <source>Parameter problem</source>
        <translation>参数问题</translation>
    </message>
</context>
<context>
    <name>deai</name>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>约剩 %1 秒</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>约剩 %1 分 %2 秒</translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>约剩 %1 小时 %2 分</translation>
    </message>
</context>
<context>
    <name>deai::AccountStatus</name>
    <message>
        <source>Current activity</source>
        <translation>当前活动</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>已登录账户</translation>
    </message>
    <message>
        <source>Sign-in ends</source>
        <translation>登录到期</translation>
    </message>
    <message>
        <source>CCD balance</source>
        <translation>CCD 余额</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Connected to: %1</source>
        <translation>已连接到：%1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>已登录为 %1</translation>
    </message>
    <message>
        <source>Sign-in ended for %1</source>
        <translation>%1 的登录已到期</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>余额：%1</translation>
    </message>
</context>
<context>
    <name>deai::ApiClient</name>
    <message>
        <source>signing in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>loading your account details</source>
        <translation>加载账户信息</translation>
    </message>
    <message>
        <source>uploading the dataset</source>
        <translation>上传数据集</translation>
    </message>
    <message>
        <source>estimating the training cost</source>
        <translation>估算训练费用</translation>
    </message>
    <message>
        <source>creating the job</source>
        <translation>创建任务</translation>
    </message>
    <message>
        <source>estimating the inference cost</source>
        <translation>估算推理费用</translation>
    </message>
    <message>
        <source>starting the inference</source>
        <translation>启动推理</translation>
    </message>
    <message>
        <source>loading the inference result</source>
        <translation>加载推理结果</translation>
    </message>
    <message>
        <source>loading the inference results</source>
        <translation>加载推理结果列表</translation>
    </message>
</context>
<context>
    <name>deai::ApiError</name>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1已取消。</translation>
    </message>
    <message>
        <source>The server did not answer within %1 s while %2. Check your connection and try again.</source>
        <translation>在%2时，服务器未在 %1 秒内响应。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>The server could not be reached while %1. Check your internet connection and the server address, then try again.</source>
        <translation>在%1时无法连接服务器。请检查互联网连接和服务器地址，然后重试。</translation>
    </message>
    <message>
        <source>The secure connection to the server failed while %1 (%2). Check the server address, your system clock and its certificates.</source>
        <translation>在%1时，与服务器的安全连接失败（%2）。请检查服务器地址、系统时钟及系统证书。</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1 while %2. The service may be busy or down; try again later.</source>
        <translation>在%2时，服务器返回 HTTP 状态 %1。服务可能繁忙或已停止，请稍后重试。</translation>
    </message>
    <message>
        <source>The server sent a page instead of an API answer while %1, perhaps from a proxy or during maintenance. Try again later.</source>
        <translation>在%1时，服务器返回了网页而不是 API 响应，可能来自代理或正在维护。请稍后重试。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood while %1 (%2). Try again later; if this persists, the API may have changed.</source>
        <translation>在%1时无法解析服务器的响应（%2）。请稍后重试；如果问题持续存在，API 可能已更改。</translation>
    </message>
    <message>
        <source>%1 failed: the server said “%2” (code %3).</source>
        <translation>%1失败：服务器返回“%2”（代码 %3）。</translation>
    </message>
    <message>
        <source>You are not signed in or your session has expired, so %1 was refused. Please sign in again.</source>
        <translation>您未登录或会话已过期，因此%1被拒绝。请重新登录。</translation>
    </message>
    <message>
        <source>The file could not be read while %1 (%2). Check that it exists and that you may read it.</source>
        <translation>在%1时无法读取文件（%2）。请检查文件是否存在以及您是否有读取权限。</translation>
    </message>
    <message>
        <source>The request may already have reached the server: check your jobs before trying again, so that nothing is paid for twice.</source>
        <translation>请求可能已到达服务器：重试前请先检查您的任务，以免重复付费。</translation>
    </message>
</context>
<context>
    <name>deai::ApiExchange</name>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>响应大于 %1 MiB</translation>
    </message>
</context>
<context>
    <name>deai::AppBackend</name>
    <message>
        <source>Sign in to %1.</source>
        <translation>登录到 %1。</translation>
    </message>
    <message>
        <source>Your local job list could not be opened: %1</source>
        <translation>无法打开本地任务列表：%1</translation>
    </message>
    <message>
        <source>Your local job list was damaged. It was moved to %1 and a new, empty one was started; check your jobs on the Phoenix site.</source>
        <translation>本地任务列表已损坏。它已被移至 %1，并已新建一个空列表；请在 Phoenix 网站上核对您的任务。</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>正在启动本地沙盒…</translation>
    </message>
    <message>
        <source>The local sandbox account could not be saved in %1. Check that the folder is writable.</source>
        <translation>无法将本地沙盒账户保存到 %1。请检查该文件夹是否可写。</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>正在登录到 %1…</translation>
    </message>
    <message>
        <source>Your sign-in ends at %1. Sign in again to keep working.</source>
        <translation>您的登录将于 %1 到期。请重新登录以继续工作。</translation>
    </message>
    <message>
        <source>Your sign-in has ended. Sign in again to keep working.</source>
        <translation>您的登录已到期。请重新登录以继续工作。</translation>
    </message>
</context>
<context>
    <name>deai::BackgroundNotifications</name>
    <message>
        <source>Inference finished</source>
        <translation>推理已完成</translation>
    </message>
    <message>
        <source>The result of your inference has arrived in deAI Studio.</source>
        <translation>您的推理结果已送达 deAI Studio。</translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation>上传已完成</translation>
    </message>
    <message>
        <source>Your file has been uploaded to Phoenix&apos;s Distributed AI.</source>
        <translation>您的文件已上传到 Phoenix 的 Distributed AI。</translation>
    </message>
</context>
<context>
    <name>deai::CcdAmount</name>
    <message>
        <source>%1 CCD</source>
        <extracomment>An amount of the network&apos;s currency, e.g. &quot;0.0278 CCD&quot;.</extracomment>
        <translation>%1 CCD</translation>
    </message>
</context>
<context>
    <name>deai::CnnDatasetInspection</name>
    <message>
        <source>grey</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>grey with alpha</source>
        <translation>带 Alpha 的灰度</translation>
    </message>
    <message>
        <source>RGB</source>
        <translation>RGB</translation>
    </message>
    <message>
        <source>RGBA</source>
        <translation>RGBA</translation>
    </message>
    <message>
        <source>The ZIP archive holds no readable PNG, JPEG or BMP image.</source>
        <translation>ZIP 压缩包中没有可读取的 PNG、JPEG 或 BMP 图像。</translation>
    </message>
    <message numerus="yes">
        <source>The images come in %n different sizes; the most common is %1×%2 (%3 images).</source>
        <translation>
            <numerusform>图像共有 %n 种不同尺寸；最常见的是 %1×%2（%3 张图像）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The images mix colour modes (%1).</source>
        <translation>图像混合了多种颜色模式（%1）。</translation>
    </message>
    <message>
        <source>No image could be read.</source>
        <translation>无法读取任何图像。</translation>
    </message>
    <message>
        <source>All images are %1.</source>
        <translation>所有图像均为 %1。</translation>
    </message>
    <message>
        <source>The images mix colour modes; %1 keeps every channel.</source>
        <translation>图像混合了多种颜色模式；%1 可保留所有通道。</translation>
    </message>
    <message>
        <source>No labels to count categories from.</source>
        <translation>没有可用于统计类别的标签。</translation>
    </message>
    <message numerus="yes">
        <source>The labels file names %n distinct labels.</source>
        <translation>
            <numerusform>标签文件包含 %n 个不同的标签。</numerusform>
        </translation>
    </message>
    <message>
        <source>The largest pixel value is %1, so the images use the 8-bit range.</source>
        <translation>最大像素值为 %1，因此图像使用 8 位范围。</translation>
    </message>
    <message>
        <source>The largest pixel value is %1: the images are already scaled.</source>
        <translation>最大像素值为 %1：图像已经过缩放。</translation>
    </message>
    <message>
        <source>The largest pixel value is %1.</source>
        <translation>最大像素值为 %1。</translation>
    </message>
</context>
<context>
    <name>deai::CnnPreviewPage</name>
    <message>
        <source>all %1 × %2 pixels</source>
        <translation>均为 %1 × %2 像素</translation>
    </message>
    <message>
        <source>%1 sizes, most often %2 × %3 pixels</source>
        <translation>%1 种尺寸，最常见为 %2 × %3 像素</translation>
    </message>
    <message>
        <source>Sample images with their labels</source>
        <translation>示例图像及其标签</translation>
    </message>
    <message>
        <source>No labels file was given, so there are no label counts to show.</source>
        <translation>未提供标签文件，因此没有可显示的标签计数。</translation>
    </message>
    <message>
        <source>Images per label</source>
        <translation>每个标签的图像数</translation>
    </message>
    <message numerus="yes">
        <source>%n readable image(s)</source>
        <translation>
            <numerusform>%n 张可读图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n 张不可读</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n 个标签</numerusform>
        </translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s); the most frequent is %1</source>
        <translation>
            <numerusform>%n 个标签；最常见的是 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln grey image(s)</source>
        <translation>
            <numerusform>%Ln 张灰度图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln grey image(s) with alpha</source>
        <translation>
            <numerusform>%Ln 张带透明通道的灰度图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln RGB image(s)</source>
        <translation>
            <numerusform>%Ln 张 RGB 图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln RGBA image(s)</source>
        <translation>
            <numerusform>%Ln 张 RGBA 图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) with %1 channels</source>
        <translation>
            <numerusform>%Ln 张 %1 通道图像</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deai::CostPage</name>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>What training with these values costs, before anything is spent.</source>
        <translation>在实际花费之前，查看使用这些参数训练的费用。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The estimate is more than your balance: the server will refuse the job until you add %1.</source>
        <translation>估算费用超过您的余额：在您充值 %1 之前，服务器将拒绝此任务。</translation>
    </message>
</context>
<context>
    <name>deai::CreatePage</name>
    <message>
        <source>Create the job</source>
        <translation>创建任务</translation>
    </message>
    <message>
        <source>Creating the job reserves its cost from your balance.</source>
        <translation>创建任务时将从您的余额中预留其费用。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; (%2) is estimated to cost %3.</source>
        <translation>任务“%1”（%2）的预估费用为 %3。</translation>
    </message>
    <message>
        <source>Create training job</source>
        <translation>创建训练任务</translation>
    </message>
    <message>
        <source>Create job %1 for %2?</source>
        <translation>花费 %2 创建任务 %1？</translation>
    </message>
    <message>
        <source>Create job</source>
        <translation>创建任务</translation>
    </message>
    <message>
        <source>The job was not sent because it could not be recorded on this computer: %1</source>
        <translation>任务未发送，因为无法在此计算机上记录：%1</translation>
    </message>
    <message>
        <source>The job was created.</source>
        <translation>任务已创建。</translation>
    </message>
    <message>
        <source>%1
The server may have created the job. Check your jobs before trying again: creating it twice could spend twice.</source>
        <translation>%1
服务器可能已创建该任务。重试前请先检查您的任务：重复创建可能会重复扣费。</translation>
    </message>
</context>
<context>
    <name>deai::DatasetCheck</name>
    <message>
        <source>The dataset check could not start.</source>
        <translation>无法启动数据集检查。</translation>
    </message>
</context>
<context>
    <name>deai::DatasetPage</name>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Choose the files to train on and upload them to the server.</source>
        <translation>选择用于训练的文件并将其上传到服务器。</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip);;All files (*)</source>
        <translation>ZIP 压缩包 (*.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the images ZIP</source>
        <translation>选择图像 ZIP</translation>
    </message>
    <message>
        <source>Choose the labels CSV</source>
        <translation>选择标签 CSV</translation>
    </message>
    <message>
        <source>Choose the series CSV</source>
        <translation>选择时间序列 CSV</translation>
    </message>
    <message>
        <source>All files are on the server.</source>
        <translation>所有文件均已在服务器上。</translation>
    </message>
    <message numerus="yes">
        <source>All files are on the server; %n already were and were reused without sending them again.</source>
        <translation>
            <numerusform>所有文件均已在服务器上；其中 %n 个文件此前已存在，已直接复用而未重新发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload cancelled.</source>
        <translation>上传已取消。</translation>
    </message>
    <message>
        <source>The sample data could not be written: %1 Check that there is space on the disk, or choose files of your own.</source>
        <translation>无法写入示例数据：%1 请检查磁盘是否有空间，或选择您自己的文件。</translation>
    </message>
</context>
<context>
    <name>deai::DatasetPreviewWidget</name>
    <message>
        <source>Dataset preview</source>
        <translation>数据集预览</translation>
    </message>
    <message>
        <source>Choose a dataset to see what it holds.</source>
        <translation>选择一个数据集以查看其内容。</translation>
    </message>
    <message>
        <source>Problems found in the dataset</source>
        <translation>在数据集中发现的问题</translation>
    </message>
    <message>
        <source>Inspecting the dataset…</source>
        <translation>正在检查数据集…</translation>
    </message>
    <message>
        <source>Dataset inspection progress</source>
        <translation>数据集检查进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stops inspecting the dataset</source>
        <translation>停止检查数据集</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The dataset could not be inspected.</source>
        <translation>无法检查数据集。</translation>
    </message>
    <message>
        <source>The inspection was canceled; what is shown covers only part of the data.</source>
        <translation>检查已取消；所显示的内容仅涵盖部分数据。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>This must be fixed before training can start.</source>
        <translation>必须先修复此问题才能开始训练。</translation>
    </message>
    <message>
        <source>Training can start, but check this first.</source>
        <translation>可以开始训练，但请先检查此项。</translation>
    </message>
</context>
<context>
    <name>deai::DatasetUploader</name>
    <message>
        <source>Checking whether the server already has %1…</source>
        <translation>正在检查服务器上是否已有 %1…</translation>
    </message>
    <message>
        <source>Could not read %1. Check that the file exists and that you may read it.</source>
        <translation>无法读取 %1。请检查该文件是否存在以及您是否有读取权限。</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>正在上传 %1…</translation>
    </message>
</context>
<context>
    <name>deai::HistoryPage</name>
    <message>
        <source>&amp;Copy transaction hash</source>
        <translation>复制交易哈希(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open result in browser</source>
        <translation>在浏览器中打开结果(&amp;O)</translation>
    </message>
    <message>
        <source>Page %1 of %2 · 1 result</source>
        <translation>第 %1 页，共 %2 页 · 1 条结果</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n results</source>
        <translation>
            <numerusform>第 %1 页，共 %2 页 · %n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>No inferences yet for this job.</source>
        <translation>此任务尚无推理记录。</translation>
    </message>
    <message>
        <source>No created jobs yet, so there is no history.</source>
        <translation>尚未创建任何任务，因此没有历史记录。</translation>
    </message>
    <message>
        <source>&amp;View result…</source>
        <translation>查看结果(&amp;V)…</translation>
    </message>
    <message>
        <source>Inference result of job %1, transaction %2</source>
        <translation>任务 %1 的推理结果，交易 %2</translation>
    </message>
</context>
<context>
    <name>deai::InferenceFlow</name>
    <message>
        <source>Run the inference?</source>
        <translation>运行推理？</translation>
    </message>
    <message>
        <source>This inference costs %1. The amount is taken from your balance when you run it.</source>
        <translation>此次推理费用为 %1。运行时将从您的余额中扣除该金额。</translation>
    </message>
    <message>
        <source>&amp;Run for %1</source>
        <translation>支付 %1 并运行(&amp;R)</translation>
    </message>
    <message>
        <source>%1 The server may have run this inference and charged for it. Look at the inference history before trying again.</source>
        <translation>%1 服务器可能已运行此推理并已扣费。重试前请查看推理历史。</translation>
    </message>
    <message>
        <source>The result of the inference is not there yet.</source>
        <translation>推理结果尚未生成。</translation>
    </message>
    <message>
        <source>The inference was sent; Retry looks for its result again without running it twice.</source>
        <translation>推理已发送；“重试”会再次查找其结果，而不会重复运行。</translation>
    </message>
</context>
<context>
    <name>deai::InferenceHistoryModel</name>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>deai::InferencePanel</name>
    <message>
        <source>Cancelled. Nothing was spent.</source>
        <translation>已取消。未产生任何费用。</translation>
    </message>
    <message>
        <source>Choose the data for the inference</source>
        <translation>选择用于推理的数据</translation>
    </message>
    <message>
        <source>Data files (*.csv *.zip);;All files (*)</source>
        <translation>数据文件 (*.csv *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is not a file. Choose the data file with Browse….</source>
        <translation>%1 不是文件。请通过“浏览…”选择数据文件。</translation>
    </message>
    <message>
        <source>Uploading the data…</source>
        <translation>正在上传数据…</translation>
    </message>
    <message>
        <source>Asking the price…</source>
        <translation>正在询价…</translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation>正在等待您的确认…</translation>
    </message>
    <message>
        <source>Sending the inference…</source>
        <translation>正在发送推理…</translation>
    </message>
    <message>
        <source>Waiting for the result…</source>
        <translation>正在等待结果…</translation>
    </message>
    <message>
        <source>Inference result of job %1</source>
        <translation>任务 %1 的推理结果</translation>
    </message>
</context>
<context>
    <name>deai::InlineMessage</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>deai::JobListModel</name>
    <message>
        <source>Being created</source>
        <translation>正在创建</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Unknown — check first</source>
        <translation>未知——请先检查</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>未创建</translation>
    </message>
    <message>
        <source>The server may have created this job; check on the Phoenix site before creating it again.</source>
        <translation>服务器可能已创建此任务；再次创建前请先在 Phoenix 网站上核实。</translation>
    </message>
    <message>
        <source>The server refused this job, so nothing was spent: %1</source>
        <translation>服务器拒绝了此任务，因此未产生任何费用：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>预估费用</translation>
    </message>
</context>
<context>
    <name>deai::LabelMatcher</name>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>No image in the ZIP archive has a label in the labels file.</source>
        <translation>ZIP 压缩包中没有任何图像在标签文件中有标签。</translation>
    </message>
    <message>
        <source>Every image has the same label; a classifier needs at least two.</source>
        <translation>所有图像的标签都相同；分类器至少需要两个不同标签。</translation>
    </message>
    <message numerus="yes">
        <source>%n images have no label (for example %1).</source>
        <translation>
            <numerusform>%n 张图像没有标签（例如 %1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label rows name no image in the ZIP archive (for example %1).</source>
        <translation>
            <numerusform>%n 行标签未对应 ZIP 压缩包中的任何图像（例如 %1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows of the labels file have an empty label.</source>
        <translation>
            <numerusform>标签文件中有 %n 行的标签为空。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deai::LabelsCsv</name>
    <message>
        <source>The labels file %1 cannot be read: %2</source>
        <translation>无法读取标签文件 %1：%2</translation>
    </message>
    <message>
        <source>The labels file %1 holds no labels.</source>
        <translation>标签文件 %1 中没有标签。</translation>
    </message>
</context>
<context>
    <name>deai::LstmPreviewPage</name>
    <message>
        <source>First rows of the time series</source>
        <translation>时间序列的前几行</translation>
    </message>
    <message>
        <source>Column to chart</source>
        <translation>要绘制图表的列</translation>
    </message>
    <message>
        <source>Chart of the chosen column</source>
        <translation>所选列的图表</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>列(&amp;C)：</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n numeric column(s)</source>
        <translation>
            <numerusform>%n 个数值列</numerusform>
        </translation>
    </message>
    <message>
        <source>dates in &quot;%1&quot;</source>
        <translation>日期位于“%1”列</translation>
    </message>
    <message numerus="yes">
        <source>%n malformed row(s)</source>
        <translation>
            <numerusform>%n 行格式错误</numerusform>
        </translation>
    </message>
    <message>
        <source>No numeric column to chart</source>
        <translation>没有可绘制图表的数值列</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n row(s), from %2 to %3</source>
        <translation>
            <numerusform>%1，共 %n 行，从 %2 到 %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deai::LstmWindows</name>
    <message>
        <source>Input width, label width, shift, sequence stride and sampling rate must each be at least 1.</source>
        <translation>输入宽度、标签宽度、偏移、序列步长和采样率均必须至少为 1。</translation>
    </message>
    <message>
        <source>The training share must lie strictly between 0 and 1.</source>
        <translation>训练比例必须严格介于 0 和 1 之间。</translation>
    </message>
    <message>
        <source>The label width (%1) cannot exceed input width plus shift (%2).</source>
        <translation>标签宽度（%1）不能超过输入宽度加偏移（%2）。</translation>
    </message>
    <message>
        <source>These settings give no training window: one window spans %1 rows, but the training part has only %2.</source>
        <translation>这些设置无法得到训练窗口：一个窗口跨越 %1 行，但训练部分只有 %2 行。</translation>
    </message>
    <message>
        <source>These settings give no validation window: one window spans %1 rows, but the validation part has only %2.</source>
        <translation>这些设置无法得到验证窗口：一个窗口跨越 %1 行，但验证部分只有 %2 行。</translation>
    </message>
</context>
<context>
    <name>deai::MainWindow</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>About deAI Studio</source>
        <translation>关于 deAI Studio</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;deAI Studio %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Train models and run inferences on Phoenix&apos;s Distributed AI, or try everything first on a local sandbox that spends no CCD.&lt;/p&gt;&lt;p&gt;Qt %2 (built with Qt %3)&lt;/p&gt;&lt;p&gt;Licensed under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt; (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;deAI Studio %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;在 Phoenix 的 Distributed AI 上训练模型并运行推理，或者先在不花费 CCD 的本地沙盒中试用所有功能。&lt;/p&gt;&lt;p&gt;Qt %2（使用 Qt %3 构建）&lt;/p&gt;&lt;p&gt;依据 &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU 通用公共许可证第 3 版或更高版本&lt;/a&gt;（GPL-3.0-or-later）授权。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>deai::ModelPage</name>
    <message>
        <source>Model and job name</source>
        <translation>模型和任务名称</translation>
    </message>
    <message>
        <source>Choose what to train and give the job a name you will recognise.</source>
        <translation>选择要训练的内容，并为任务取一个您能认出的名称。</translation>
    </message>
    <message>
        <source>Enter a job name.</source>
        <translation>请输入任务名称。</translation>
    </message>
    <message>
        <source>You already have a job named &quot;%1&quot; on this account. Job names cannot be repeated: choose another.</source>
        <translation>此账户中已有名为“%1”的任务。任务名称不能重复：请另选一个。</translation>
    </message>
</context>
<context>
    <name>deai::NetworkLogDialog</name>
    <message>
        <source>Network log</source>
        <translation>网络日志</translation>
    </message>
    <message>
        <source>%1  %2  HTTP %3  %4 bytes  %5 ms</source>
        <translation>%1  %2  HTTP %3  %4 字节  %5 毫秒</translation>
    </message>
</context>
<context>
    <name>deai::ParametersPage</name>
    <message>
        <source>Training parameters</source>
        <translation>训练参数</translation>
    </message>
    <message>
        <source>Hover over a field or read the line under it to see what it does.</source>
        <translation>将鼠标悬停在字段上或阅读其下方的说明，了解其作用。</translation>
    </message>
    <message>
        <source>1 (grey)</source>
        <translation>1（灰度）</translation>
    </message>
    <message>
        <source>3 (RGB)</source>
        <translation>3（RGB）</translation>
    </message>
    <message>
        <source>4 (RGBA)</source>
        <translation>4（RGBA）</translation>
    </message>
    <message>
        <source>%1: enter a number between the limits its tip names.</source>
        <translation>%1：请输入提示中所列范围内的数字。</translation>
    </message>
    <message>
        <source>The label width (%1) cannot exceed input width plus shift (%2).</source>
        <translation>标签宽度（%1）不能超过输入宽度加偏移（%2）。</translation>
    </message>
</context>
<context>
    <name>deai::PasswordVault</name>
    <message>
        <source>No keychain is available (%1), so your password is kept only until you quit deAI Studio. You will be asked to sign in again next time.</source>
        <translation>没有可用的钥匙串（%1），因此您的密码仅保留到退出 deAI Studio 为止。下次将要求您重新登录。</translation>
    </message>
</context>
<context>
    <name>deai::ProposedFields</name>
    <message>
        <source>proposed from your dataset</source>
        <translation>根据您的数据集建议</translation>
    </message>
    <message>
        <source>%1 was proposed from your dataset</source>
        <translation>%1 是根据您的数据集建议的</translation>
    </message>
</context>
<context>
    <name>deai::ResultCsv</name>
    <message>
        <source>The result file is empty.</source>
        <translation>结果文件为空。</translation>
    </message>
    <message>
        <source>This is not an inference result: its first line should be &quot;file,predicted_class,confidence&quot; or &quot;step,forecast&quot;.</source>
        <translation>这不是推理结果：其第一行应为“file,predicted_class,confidence”或“step,forecast”。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>deai::ResultDownload</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The result could not be saved: %1</source>
        <translation>无法保存结果：%1</translation>
    </message>
    <message>
        <source>The result could not be downloaded: %1</source>
        <translation>无法下载结果：%1</translation>
    </message>
    <message>
        <source>The result address %1 is not a web address, so it cannot be downloaded.</source>
        <translation>结果地址 %1 不是网址，因此无法下载。</translation>
    </message>
</context>
<context>
    <name>deai::ResultSources</name>
    <message>
        <source>The images in %1 cannot be shown: it is not a readable ZIP archive.</source>
        <translation>无法显示 %1 中的图像：它不是可读取的 ZIP 压缩包。</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>The series %1 cannot be read.</source>
        <translation>无法读取时间序列 %1。</translation>
    </message>
    <message>
        <source>The series %1 has no numeric column to compare with.</source>
        <translation>时间序列 %1 没有可供比较的数值列。</translation>
    </message>
    <message>
        <source>The series %1 has no column &quot;%2&quot; to compare with.</source>
        <translation>时间序列 %1 没有可供比较的“%2”列。</translation>
    </message>
</context>
<context>
    <name>deai::ResultTableModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测值</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
</context>
<context>
    <name>deai::ResultViewer</name>
    <message>
        <source>&amp;Export chart as PNG…</source>
        <translation>将图表导出为 PNG(&amp;E)…</translation>
    </message>
    <message>
        <source>Inference result</source>
        <translation>推理结果</translation>
    </message>
    <message>
        <source>No result loaded.</source>
        <translation>未加载结果。</translation>
    </message>
    <message>
        <source>Result chart</source>
        <translation>结果图表</translation>
    </message>
    <message>
        <source>Classified images with their predictions</source>
        <translation>已分类图像及其预测</translation>
    </message>
    <message>
        <source>Result rows</source>
        <translation>结果行</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>表格(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and are left out, the first on line %1.</source>
        <translation>
            <numerusform>有 %n 行无法读取，已被略过，第一处位于第 %1 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n forecast step(s).</source>
        <translation>
            <numerusform>%1：%n 个预测步。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be exported to %1: %2</source>
        <translation>无法将图表导出到 %1：%2</translation>
    </message>
    <message>
        <source>The chart was saved as %1.</source>
        <translation>图表已保存为 %1。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Images per predicted class</source>
        <translation>每个预测类别的图像数</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测值</translation>
    </message>
    <message>
        <source>Forecast against actual values</source>
        <translation>预测值与实际值对比</translation>
    </message>
    <message numerus="yes">
        <source>%n forecast step(s)</source>
        <translation>
            <numerusform>%n 个预测步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actual value(s)</source>
        <translation>
            <numerusform>%n 个实际值</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading the result…</source>
        <translation>正在下载结果…</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>下载进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stops the download; nothing is saved</source>
        <translation>停止下载；不会保存任何内容</translation>
    </message>
    <message>
        <source>Save Inference Result</source>
        <translation>保存推理结果</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The download was canceled; nothing was saved.</source>
        <translation>下载已取消；未保存任何内容。</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>Open the saved result file</source>
        <translation>打开已保存的结果文件</translation>
    </message>
    <message>
        <source>No application could open %1. Open it from your file manager.</source>
        <translation>没有应用程序能打开 %1。请从文件管理器中打开它。</translation>
    </message>
    <message>
        <source>Show the saved result file in its folder</source>
        <translation>在所在文件夹中显示已保存的结果文件</translation>
    </message>
    <message>
        <source>The folder of %1 could not be opened.</source>
        <translation>无法打开 %1 所在的文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln image(s) classified into %2.</source>
        <translation>
            <numerusform>%1：%Ln 张图像被分为%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es)</source>
        <translation>
            <numerusform>%Ln 个类别</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es); the most frequent is %1 with %2</source>
        <translation>
            <numerusform>%Ln 个类别；最常见的是 %1，共 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln 张图像</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deai::SampleDatasets</name>
    <message>
        <source>Could not write %1 (%2).</source>
        <translation>无法写入 %1（%2）。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>deai::SandboxLauncher</name>
    <message>
        <source>The local sandbox (deai-sandbox) was not found next to the app. Reinstall deAI Studio, or sign in to the Phoenix network.</source>
        <translation>未在应用所在目录中找到本地沙盒（deai-sandbox）。请重新安装 deAI Studio，或登录 Phoenix 网络。</translation>
    </message>
    <message>
        <source>The local sandbox could not be started (%1).</source>
        <translation>无法启动本地沙盒（%1）。</translation>
    </message>
    <message>
        <source>The local sandbox stopped before it was ready (exit code %1).</source>
        <translation>本地沙盒在就绪前已停止（退出码 %1）。</translation>
    </message>
</context>
<context>
    <name>deai::SeriesCsvInspection</name>
    <message>
        <source>The file %1 has column names but no data rows.</source>
        <translation>文件 %1 有列名，但没有数据行。</translation>
    </message>
    <message>
        <source>The file %1 has no numeric column.</source>
        <translation>文件 %1 没有数值列。</translation>
    </message>
    <message numerus="yes">
        <source>%n rows do not have as many fields as the header names columns.</source>
        <translation>
            <numerusform>有 %n 行的字段数与表头列数不一致。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Column %1 has %n missing values.</source>
        <translation>
            <numerusform>列 %1 有 %n 个缺失值。</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1 is not numeric; only a leading date column may be.</source>
        <translation>列 %1 不是数值列；只有开头的日期列可以是非数值列。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>文件 %1 为空。</translation>
    </message>
    <message>
        <source>The first row of %1 looks like data; it should name the columns.</source>
        <translation>%1 的第一行看起来是数据；它应为列名。</translation>
    </message>
</context>
<context>
    <name>deai::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>deai::SignInDialog</name>
    <message>
        <source>Phoenix network</source>
        <translation>Phoenix 网络</translation>
    </message>
    <message>
        <source>Sandbox (local, no CCD spent)</source>
        <translation>沙盒（本地，不花费 CCD）</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>自定义 URL</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. https://example.org/sdk/computation.</source>
        <translation>请输入服务器地址，例如 https://example.org/sdk/computation。</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>请输入您的电子邮件和密码。</translation>
    </message>
</context>
<context>
    <name>deai::TrainingWizard</name>
    <message>
        <source>New training job</source>
        <translation>新建训练任务</translation>
    </message>
</context>
<context>
    <name>deai::WindowDiagramCanvas</name>
    <message>
        <source>Input width, label width and shift must each be at least 1.</source>
        <translation>输入宽度、标签宽度和偏移均必须至少为 1。</translation>
    </message>
    <message>
        <source>No window: the label width (%1) exceeds input width plus shift (%2).</source>
        <translation>无窗口：标签宽度（%1）超过了输入宽度加偏移（%2）。</translation>
    </message>
    <message>
        <source>LSTM window diagram</source>
        <translation>LSTM 窗口示意图</translation>
    </message>
    <message>
        <source>inputs: %1</source>
        <translation>输入：%1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>跳过：%1</translation>
    </message>
    <message>
        <source>labels: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>shift %1</source>
        <translation>偏移 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Each window has %1 followed by %2, shift %3.</source>
        <translation>每个窗口包含 %1，其后是 %2，偏移 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln input row(s)</source>
        <translation>
            <numerusform>%Ln 个输入行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label row(s)</source>
        <translation>
            <numerusform>%Ln 个标签行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) between inputs and labels are skipped.</source>
        <translation>
            <numerusform>输入与标签之间的 %Ln 行被跳过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %Ln input row(s) are also labels.</source>
        <translation>
            <numerusform>最后 %Ln 个输入行同时也是标签。</numerusform>
        </translation>
    </message>
    <message>
        <source>With sampling rate %1 a window spans %2 of the file; a new window starts every %3.</source>
        <translation>采样率为 %1 时，一个窗口跨越文件中的 %2；每隔 %3 开始一个新窗口。</translation>
    </message>
    <message>
        <source>spans %1 (sampling rate %2), next window %3 later</source>
        <translation>跨越 %1（采样率 %2），下一个窗口在 %3 之后</translation>
    </message>
</context>
<context>
    <name>deai::WindowDiagramWidget</name>
    <message>
        <source>Inspect the dataset to count the windows these settings give.</source>
        <translation>检查数据集以统计这些设置产生的窗口数。</translation>
    </message>
    <message>
        <source>Window counts</source>
        <translation>窗口数量</translation>
    </message>
    <message>
        <source>LSTM window</source>
        <translation>LSTM 窗口</translation>
    </message>
    <message numerus="yes">
        <source>Training: %Ln window(s) from %1.</source>
        <translation>
            <numerusform>训练：来自 %1 的 %Ln 个窗口。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Validation: %Ln window(s) from %1.</source>
        <translation>
            <numerusform>验证：来自 %1 的 %Ln 个窗口。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deai::ZipImageScanner</name>
    <message>
        <source>The images file %1 cannot be read as a ZIP archive.</source>
        <translation>无法将图像文件 %1 作为 ZIP 压缩包读取。</translation>
    </message>
    <message numerus="yes">
        <source>The ZIP archive is damaged: reading stopped after %n entries.</source>
        <translation>
            <numerusform>ZIP 压缩包已损坏：读取 %n 个条目后停止。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries in the ZIP archive are not PNG, JPEG or BMP images (for example %1).</source>
        <translation>
            <numerusform>ZIP 压缩包中有 %n 个条目不是 PNG、JPEG 或 BMP 图像（例如 %1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n images cannot be decoded (for example %1).</source>
        <translation>
            <numerusform>有 %n 张图像无法解码（例如 %1）。</numerusform>
        </translation>
    </message>
</context>
</TS>
