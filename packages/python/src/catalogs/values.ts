/**
 * What Python data libraries make, as data: which functions and methods produce numpy arrays,
 * pandas / polars / pyarrow frames, tensors …, and which conversions make a value JSON-safe.
 *
 * Types are named by their qualified Python name ("numpy.ndarray"). A type with a `report`
 * is one that XCom cannot carry; other types (a random generator, a groupby) are
 * intermediate objects whose methods lead to reportable ones.
 *
 * Everything here is deliberately an *under*-approximation: when a result depends on
 * something we cannot see (array dimensions, a dtype), the entry picks the reading that does
 * not produce a false finding, or leaves the result unknown. Unknown is never a finding.
 */
import type { ValueKind } from "@dag-transport/core";

/** The qualified name of a type the analysis tracks, e.g. "pandas.DataFrame". */
export type TypeName = string;

/** The argument forms results may depend on. */
export type ArgumentForm = "json" | "container" | "slice" | "string" | "number" | TypeName;

/** What a function or method returns. */
export type Result =
  /** A JSON-safe value (a str, a number, a list of Python scalars, None). */
  | "json"
  /** Nothing is known (a pickle may hold anything). */
  | "unknown"
  /** The same type as the receiver (`df.dropna()` is a DataFrame). */
  | "same"
  /** An object of this type. */
  | TypeName
  /**
   * A reduction: without an axis (`arr.sum()`, `np.mean(a)`) it gives `scalar`; with an
   * `axis` keyword or an axis at position `axisAt` it gives `withAxis`.
   */
  | { reduction: TypeName; withAxis: TypeName; axisAt: number }
  /**
   * A random draw: an array only when a size is given (keyword `size`, or at position
   * `sizeAt`); `np.random.normal()` with no size is a Python float, and we say nothing.
   * `sizeAt: "any"` — any positional argument is a dimension (`np.random.rand(3, 2)`).
   */
  | { draw: TypeName; sizeAt: number | "any" }
  /** The result follows the type of the argument at `at` (default 0): ufuncs, `pd.to_datetime`. */
  | { byArgument: Partial<Record<ArgumentForm, Result>>; at?: number }
  /** A list whose every element is of this type (`np.split`, `np.meshgrid`). */
  | { listOf: TypeName }
  /** `train_test_split(X, y)`: X_train, X_test, y_train, y_test — element i is like argument ⌊i/2⌋. */
  | { splitsOf: "arguments" }
  /** JSON when `keyword` is given as the literal `is`; otherwise `otherwise` (`to_dict(as_series=False)`). */
  | { jsonWhen: { keyword: string; is: string }; otherwise: Result }
  /**
   * By a keyword's literal string value (`get_df(sql, df_type="polars")`): `absent` when it is not
   * given; a value not listed, or not a literal, is unknown.
   */
  | { byKeyword: string; cases: Readonly<Record<string, Result>>; absent: Result };

/** How a subscript on a type behaves; the shapes are interpreted in values.ts. */
export type SubscriptRule =
  /** numpy: a slice, a mask or a list of indices keeps an array; plain indices give a scalar. */
  | "array"
  /** pandas DataFrame `df[...]`: a column name gives a Series, a list / slice / mask a frame. */
  | "frame-columns"
  /** pandas `df.loc[...]` / `df.iloc[...]`. */
  | "frame-indexer"
  /** pandas Series `s[...]`, `s.loc[...]`, `s.iloc[...]`: a label gives a scalar, a slice / mask a Series. */
  | "series"
  /** Any subscript gives this result (a tensor's element is a tensor). */
  | { always: Result };

export interface TypeInfo {
  /** When a value of this type is handed off, how it is reported. Absent for intermediate objects. */
  report?: { kind: ValueKind; typeName: string };
  methods?: Readonly<Record<string, Result>>;
  /** The result of methods not listed (only for types whose API is uniform, like tensors). */
  otherMethods?: Result;
  attributes?: Readonly<Record<string, Result>>;
  otherAttributes?: Result;
  subscript?: SubscriptRule;
  /** What iterating or unpacking gives (`for x in arr`, `a, b = arr`). */
  element?: Result;
  /**
   * In arithmetic and comparisons (`a * 2`, `a > 0`), the operand with the highest rank
   * decides the result type (a frame plus an array is a frame). Absent: not arithmetic.
   */
  arithmeticRank?: number;
}

const NDARRAY = "numpy.ndarray";
const NUMPY_SCALAR = "numpy.generic";
const NUMPY_COMPLEX = "numpy.complexfloating";
const DATAFRAME = "pandas.DataFrame";
const SERIES = "pandas.Series";
const INDEX = "pandas.Index";
const TIMESTAMP = "pandas.Timestamp";
const POLARS_FRAME = "polars.DataFrame";
const POLARS_LAZY = "polars.LazyFrame";
const POLARS_SERIES = "polars.Series";
const ARROW_TABLE = "pyarrow.Table";
const ARROW_ARRAY = "pyarrow.Array";
const TORCH_TENSOR = "torch.Tensor";
const TF_TENSOR = "tensorflow.Tensor";
const RANDOM_GENERATOR = "numpy.random.Generator";
const ESTIMATOR = "sklearn.base.BaseEstimator";

const names = (list: string, result: Result): Record<string, Result> =>
  Object.fromEntries(list.split(/\s+/).map((name) => [name, result]));

/** Methods that turn anything into plain JSON, whatever the receiver (when its type does not say otherwise). */
export const SANITIZING_METHODS: Readonly<Record<string, Result>> = {
  ...names("tolist to_list to_dict to_dicts to_json to_pylist to_pydict item isoformat strftime", "json"),
  // `.to_numpy()` is an ndarray on every library that has it (pandas, polars, pyarrow, xarray).
  to_numpy: NDARRAY,
};

/** Reductions of numpy arrays: a scalar, or an array along an axis. */
const ARRAY_REDUCTIONS = names("sum mean std var min max prod ptp any all argmax argmin", {
  reduction: NUMPY_SCALAR,
  withAxis: NDARRAY,
  axisAt: 0,
});

const FRAME_TO_FRAME = names(
  `abs add_prefix add_suffix assign astype bfill clip combine_first copy corr cov cummax cummin
   cumprod cumsum describe diff drop drop_duplicates dropna explode ffill fillna filter head
   infer_objects interpolate isin isna isnull join mask melt merge nlargest notna notnull
   nsmallest pct_change pivot pivot_table query rank reindex rename rename_axis replace
   reset_index round sample select_dtypes set_axis set_index shift sort_index sort_values
   stack tail transpose truncate tz_convert tz_localize unstack where agg aggregate transform
   eq ne lt le gt ge mul div sub truediv floordiv pow dot fillna`,
  DATAFRAME,
);

const FRAME_REDUCTIONS_TO_SERIES = names(
  "sum mean median std var min max prod count nunique sem skew kurt kurtosis quantile idxmax idxmin any all mode memory_usage duplicated value_counts",
  SERIES,
);

const SERIES_TO_SERIES = names(
  `abs apply astype between bfill clip copy cummax cummin cumprod cumsum diff drop drop_duplicates
   dropna ffill fillna head interpolate isin isna isnull map mask notna notnull nlargest nsmallest
   pct_change rank reindex rename replace round sample shift sort_index sort_values tail
   value_counts where add sub mul div truediv pow eq ne lt le gt ge explode`,
  SERIES,
);

const SERIES_REDUCTIONS = names(
  "sum mean median std var min max prod count sem skew kurt quantile any all",
  NUMPY_SCALAR,
);

const GROUPBY_TO = (result: TypeName) =>
  names(
    "agg aggregate sum mean median std var min max prod count first last nth apply transform cumsum cumcount nunique describe",
    result,
  );

const POLARS_FRAME_METHODS = names(
  `filter select with_columns with_row_index sort head tail limit slice join drop rename unique
   drop_nulls fill_null fill_nan cast pivot unpivot melt explode vstack hstack sample describe
   sum mean min max median std var null_count transpose reverse shift interpolate clone`,
  "same",
);

const TENSOR_METHODS: Record<string, Result> = {
  ...names("tolist item", "json"),
  ...names("size dim numel element_size ndimension", "json"),
  numpy: NDARRAY,
  backward: "json",
};

export const TYPES: Readonly<Record<TypeName, TypeInfo>> = {
  [NDARRAY]: {
    report: { kind: "ndarray", typeName: "numpy ndarray" },
    methods: {
      ...ARRAY_REDUCTIONS,
      ...names(
        "reshape astype copy flatten ravel squeeze transpose swapaxes clip round cumsum cumprod argsort repeat take compress dot view",
        NDARRAY,
      ),
      ...names("tolist item", "json"),
      // `arr.sort()` sorts in place and returns None.
      ...names("sort fill put resize", "json"),
    },
    attributes: {
      T: NDARRAY,
      ...names("shape size ndim nbytes itemsize", "json"),
      real: NDARRAY,
      imag: NDARRAY,
    },
    subscript: "array",
    // Iterating a 1-d array gives numpy scalars; a 2-d one gives rows. We read the former:
    // numpy scalars are carried by Airflow ≥ 2.6, so this never invents a finding there.
    element: NUMPY_SCALAR,
    arithmeticRank: 3,
  },
  [NUMPY_SCALAR]: {
    report: { kind: "numpy-scalar", typeName: "numpy scalar" },
    methods: { ...names("item tolist", "json"), ...names("round astype", NUMPY_SCALAR) },
    arithmeticRank: 1,
  },
  [NUMPY_COMPLEX]: {
    report: { kind: "numpy-scalar", typeName: "numpy complex scalar" },
    methods: { ...names("item tolist", "json"), ...names("round astype conjugate conj", NUMPY_COMPLEX) },
    attributes: { ...names("real imag", NUMPY_SCALAR) },
    arithmeticRank: 1,
  },
  [RANDOM_GENERATOR]: {
    methods: {
      ...names("normal uniform integers randint binomial beta gamma lognormal multivariate_normal", {
        draw: NDARRAY,
        sizeAt: 2,
      }),
      ...names("choice exponential poisson standard_t chisquare", { draw: NDARRAY, sizeAt: 1 }),
      ...names("random random_sample standard_normal standard_exponential", { draw: NDARRAY, sizeAt: 0 }),
      ...names("rand randn", { draw: NDARRAY, sizeAt: "any" }),
      permutation: NDARRAY,
      shuffle: "json",
    },
  },
  [DATAFRAME]: {
    report: { kind: "dataframe", typeName: "pandas DataFrame" },
    methods: {
      ...FRAME_TO_FRAME,
      ...FRAME_REDUCTIONS_TO_SERIES,
      groupby: "pandas.DataFrameGroupBy",
      ...names("rolling expanding ewm resample", "pandas.DataFrameWindow"),
      pop: SERIES,
      to_numpy: NDARRAY,
      to_records: NDARRAY,
      ...names("to_dict to_json to_csv to_string to_html to_markdown to_latex", "json"),
      ...names("to_parquet to_feather to_excel to_sql to_pickle to_hdf info", "json"),
    },
    attributes: {
      values: NDARRAY,
      T: DATAFRAME,
      columns: INDEX,
      index: INDEX,
      dtypes: SERIES,
      ...names("shape size ndim empty", "json"),
      loc: "pandas.DataFrame.loc",
      iloc: "pandas.DataFrame.loc",
    },
    subscript: "frame-columns",
    // Iterating a frame gives its column labels.
    element: "json",
    arithmeticRank: 5,
  },
  "pandas.DataFrame.loc": { subscript: "frame-indexer" },
  [SERIES]: {
    report: { kind: "series", typeName: "pandas Series" },
    methods: {
      ...SERIES_TO_SERIES,
      ...SERIES_REDUCTIONS,
      unique: NDARRAY,
      to_numpy: NDARRAY,
      to_frame: DATAFRAME,
      groupby: "pandas.SeriesGroupBy",
      ...names("rolling expanding ewm resample", "pandas.SeriesWindow"),
      ...names("tolist to_list to_dict to_json to_csv to_string nunique", "json"),
    },
    attributes: {
      values: NDARRAY,
      index: INDEX,
      T: SERIES,
      ...names("dt str cat", "pandas.SeriesAccessor"),
      ...names("shape size ndim empty", "json"),
      ...names("loc iloc", "pandas.Series.loc"),
    },
    subscript: "series",
    element: NUMPY_SCALAR,
    arithmeticRank: 4,
  },
  "pandas.Series.loc": { subscript: "series" },
  "pandas.SeriesAccessor": {
    methods: { ...names("tolist to_list", "json") },
    otherMethods: SERIES,
    otherAttributes: SERIES,
  },
  "pandas.DataFrameGroupBy": {
    methods: { ...GROUPBY_TO(DATAFRAME), size: SERIES },
    subscript: { always: "pandas.SeriesGroupBy" },
  },
  "pandas.SeriesGroupBy": { methods: { ...GROUPBY_TO(SERIES), size: SERIES } },
  "pandas.DataFrameWindow": { methods: GROUPBY_TO(DATAFRAME) },
  "pandas.SeriesWindow": { methods: GROUPBY_TO(SERIES) },
  [INDEX]: {
    report: { kind: "pandas-index", typeName: "pandas Index" },
    methods: {
      ...names("tolist to_list", "json"),
      to_numpy: NDARRAY,
      to_series: SERIES,
      to_frame: DATAFRAME,
      ...names("unique sort_values drop union intersection difference rename strftime", INDEX),
    },
    attributes: { values: NDARRAY, ...names("shape size ndim empty name", "json") },
    element: "json",
  },
  [TIMESTAMP]: {
    report: { kind: "timestamp", typeName: "pandas Timestamp" },
    methods: {
      ...names("isoformat strftime timestamp date time to_pydatetime", "json"),
      ...names("normalize floor ceil round tz_localize tz_convert replace", TIMESTAMP),
    },
    attributes: names("year month day hour minute second value dayofweek", "json"),
  },
  [POLARS_FRAME]: {
    report: { kind: "polars-frame", typeName: "polars DataFrame" },
    methods: {
      ...POLARS_FRAME_METHODS,
      group_by: "polars.GroupBy",
      groupby: "polars.GroupBy",
      lazy: POLARS_LAZY,
      get_column: POLARS_SERIES,
      to_series: POLARS_SERIES,
      to_pandas: DATAFRAME,
      to_numpy: NDARRAY,
      to_arrow: ARROW_TABLE,
      // polars' `to_dict()` gives a dict of Series unless `as_series=False`.
      to_dict: { jsonWhen: { keyword: "as_series", is: "False" }, otherwise: { listOf: POLARS_SERIES } },
      ...names("to_dicts rows row item write_csv write_json write_ndjson write_parquet write_ipc", "json"),
    },
    attributes: names("columns shape height width schema dtypes", "json"),
    subscript: { always: POLARS_SERIES },
    arithmeticRank: 5,
  },
  [POLARS_LAZY]: {
    report: { kind: "polars-frame", typeName: "polars LazyFrame" },
    methods: {
      ...POLARS_FRAME_METHODS,
      group_by: "polars.LazyGroupBy",
      groupby: "polars.LazyGroupBy",
      ...names("collect fetch", POLARS_FRAME),
      ...names("sink_parquet sink_csv sink_ipc", "json"),
    },
  },
  "polars.GroupBy": { methods: names("agg sum mean min max count first last len head tail", POLARS_FRAME) },
  "polars.LazyGroupBy": {
    methods: names("agg sum mean min max count first last len head tail", POLARS_LAZY),
  },
  [POLARS_SERIES]: {
    report: { kind: "series", typeName: "polars Series" },
    methods: {
      ...names("to_list item sum mean min max median std var n_unique len", "json"),
      to_numpy: NDARRAY,
      to_pandas: SERIES,
      to_frame: POLARS_FRAME,
      ...names(
        "filter sort head tail unique drop_nulls fill_null cast alias rename slice sample reverse",
        "same",
      ),
    },
    arithmeticRank: 4,
  },
  [ARROW_TABLE]: {
    report: { kind: "arrow-table", typeName: "pyarrow Table" },
    methods: {
      to_pandas: DATAFRAME,
      ...names("to_pylist to_pydict", "json"),
      ...names(
        "select filter slice drop drop_columns rename_columns append_column add_column set_column remove_column sort_by combine_chunks cast take join",
        ARROW_TABLE,
      ),
      column: ARROW_ARRAY,
      group_by: "pyarrow.TableGroupBy",
    },
    attributes: names("num_rows num_columns column_names shape nbytes", "json"),
    subscript: { always: ARROW_ARRAY },
  },
  "pyarrow.TableGroupBy": { methods: { aggregate: ARROW_TABLE } },
  "pyarrow.dataset.Dataset": { methods: { to_table: ARROW_TABLE, head: ARROW_TABLE } },
  [ARROW_ARRAY]: {
    report: { kind: "arrow-table", typeName: "pyarrow Array" },
    methods: { ...names("to_pylist", "json"), to_numpy: NDARRAY, to_pandas: SERIES },
  },
  [TORCH_TENSOR]: {
    report: { kind: "tensor", typeName: "PyTorch tensor" },
    methods: TENSOR_METHODS,
    // A tensor's methods give tensors (`.sum()` is a 0-d tensor, still not JSON).
    otherMethods: TORCH_TENSOR,
    attributes: { ...names("T data grad mT", TORCH_TENSOR), ...names("shape ndim", "json") },
    subscript: { always: TORCH_TENSOR },
    element: TORCH_TENSOR,
    arithmeticRank: 3,
  },
  [TF_TENSOR]: {
    report: { kind: "tensor", typeName: "TensorFlow tensor" },
    methods: { numpy: NDARRAY },
    attributes: { ...names("shape ndim", "json") },
    subscript: { always: TF_TENSOR },
    arithmeticRank: 3,
  },
  [ESTIMATOR]: {
    report: { kind: "class-instance", typeName: "scikit-learn estimator" },
    methods: {
      ...names("fit partial_fit set_params", "same"),
      ...names(
        "predict predict_proba predict_log_proba decision_function transform fit_transform fit_predict inverse_transform score_samples",
        NDARRAY,
      ),
      get_params: "json",
    },
    attributes: names("coef_ feature_importances_ classes_ components_ explained_variance_ratio_", NDARRAY),
  },
};

/** numpy functions that make arrays whatever they are given. */
const NUMPY_ARRAY_MAKERS = `array asarray asanyarray ascontiguousarray zeros ones empty full zeros_like ones_like
  empty_like full_like arange linspace logspace geomspace eye identity diag diagflat tri tril triu
  concatenate stack vstack hstack dstack column_stack row_stack tile repeat reshape ravel transpose
  squeeze expand_dims flip fliplr flipud roll rot90 sort argsort unique cumsum cumprod diff
  convolve correlate outer kron cross argwhere clip nan_to_num interp polyfit polyval matmul
  load loadtxt genfromtxt fromfile frombuffer fromiter fromstring copy where digitize bincount
  searchsorted atleast_1d atleast_2d atleast_3d broadcast_to pad insert append delete`;

/**
 * numpy ufuncs and element-wise functions: an array in, an array out; a Python number in, a
 * numpy scalar out; a pandas object in, the same pandas object out.
 */
const NUMPY_UFUNCS = `abs absolute sqrt square exp exp2 expm1 log log2 log10 log1p sin cos tan arcsin
  arccos arctan arctan2 sinh cosh tanh floor ceil rint round around trunc sign negative reciprocal
  power add subtract multiply divide true_divide floor_divide mod remainder maximum minimum fmax
  fmin isnan isinf isfinite logical_and logical_or logical_not greater less equal not_equal
  greater_equal less_equal sigmoid`;

const UFUNC_RESULT: Result = {
  byArgument: {
    [NDARRAY]: NDARRAY,
    container: NDARRAY,
    number: NUMPY_SCALAR,
    [NUMPY_SCALAR]: NUMPY_SCALAR,
    [SERIES]: SERIES,
    [DATAFRAME]: DATAFRAME,
  },
};

/** numpy reductions: a numpy scalar, or an array along an axis (keyword or second argument). */
const NUMPY_REDUCTIONS = `sum mean std var min max amin amax median average prod ptp nansum nanmean nanstd
  nanvar nanmin nanmax nanmedian argmax argmin count_nonzero all any percentile quantile
  nanpercentile nanquantile trace`;

/** Numpy scalar types; calling one makes a numpy scalar. */
const NUMPY_SCALAR_TYPES = `float64 float32 float16 int64 int32 int16 int8 uint64 uint32 uint16 uint8
  bool_ intc intp double single longlong float_ int_ longdouble`;

/**
 * Numpy complex types: Airflow's numpy serializer converts them with `float(o)`, which keeps
 * the real part only (apache/airflow, `airflow/serialization/serializers/numpy.py` at 2.10.3).
 */
const NUMPY_COMPLEX_TYPES = `complex128 complex64 complex_ cdouble csingle clongdouble complex256`;

const prefixed = (prefix: string, list: string, result: Result): Record<string, Result> =>
  Object.fromEntries(
    list
      .trim()
      .split(/\s+/)
      .map((name) => [`${prefix}${name}`, result]),
  );

/** Random draws, for `np.random.<fn>` and generator methods alike. */
const RANDOM_DRAWS = TYPES[RANDOM_GENERATOR]!.methods!;

/**
 * Functions by qualified name. A key ending in `*` matches every name with that prefix
 * (`pandas.read_*`); the longest matching key wins.
 */
export const FUNCTIONS: Readonly<Record<string, Result>> = {
  // numpy
  ...prefixed("numpy.", NUMPY_ARRAY_MAKERS, NDARRAY),
  ...prefixed("numpy.", NUMPY_UFUNCS, UFUNC_RESULT),
  ...prefixed("numpy.", NUMPY_REDUCTIONS, { reduction: NUMPY_SCALAR, withAxis: NDARRAY, axisAt: 1 }),
  ...prefixed("numpy.", NUMPY_SCALAR_TYPES, NUMPY_SCALAR),
  ...prefixed("numpy.", NUMPY_COMPLEX_TYPES, NUMPY_COMPLEX),
  // Tuples and lists of arrays: `counts, edges = np.histogram(x)`.
  ...prefixed("numpy.", "split array_split meshgrid hsplit vsplit gradient histogram histogram2d nonzero", {
    listOf: NDARRAY,
  }),
  ...prefixed("numpy.linalg.", "inv pinv solve eig eigvals cholesky qr svd lstsq", NDARRAY),
  ...prefixed("numpy.linalg.", "norm det", NUMPY_SCALAR),
  ...Object.fromEntries(
    Object.entries(RANDOM_DRAWS).map(([name, result]) => [`numpy.random.${name}`, result]),
  ),
  "numpy.random.default_rng": RANDOM_GENERATOR,
  "numpy.random.RandomState": RANDOM_GENERATOR,
  "numpy.random.Generator": RANDOM_GENERATOR,
  "numpy.random.seed": "json",
  "numpy.ndarray": NDARRAY,
  // Not listed on purpose: `np.dot` / `np.inner` / `np.vdot` of two vectors is a scalar, of
  // matrices an array; we cannot tell which, so they stay unknown.

  // pandas
  "pandas.DataFrame": DATAFRAME,
  "pandas.read_*": DATAFRAME,
  // read_pickle may hold anything; read_html gives a list of frames.
  "pandas.read_pickle": "unknown",
  "pandas.read_html": { listOf: DATAFRAME },
  ...prefixed(
    "pandas.",
    "concat merge merge_asof merge_ordered pivot_table pivot crosstab get_dummies melt json_normalize wide_to_long",
    DATAFRAME,
  ),
  "pandas.Series": SERIES,
  ...prefixed(
    "pandas.",
    "Index DatetimeIndex MultiIndex.from_tuples MultiIndex.from_arrays MultiIndex.from_product date_range bdate_range period_range timedelta_range interval_range",
    INDEX,
  ),
  "pandas.Timestamp": TIMESTAMP,
  "pandas.Timestamp.*": TIMESTAMP,
  "pandas.to_datetime": {
    byArgument: {
      string: TIMESTAMP,
      [SERIES]: SERIES,
      [DATAFRAME]: SERIES,
      container: INDEX,
      [INDEX]: INDEX,
    },
  },
  "pandas.to_numeric": { byArgument: { [SERIES]: SERIES, container: NDARRAY } },
  "pandas.isna": { byArgument: { [SERIES]: SERIES, [DATAFRAME]: DATAFRAME, [NDARRAY]: NDARRAY } },

  // polars
  "polars.DataFrame": POLARS_FRAME,
  "polars.read_*": POLARS_FRAME,
  "polars.from_*": POLARS_FRAME,
  "polars.concat": POLARS_FRAME,
  "polars.scan_*": POLARS_LAZY,
  "polars.LazyFrame": POLARS_LAZY,
  "polars.Series": POLARS_SERIES,

  // pyarrow
  "pyarrow.table": ARROW_TABLE,
  "pyarrow.Table.from_*": ARROW_TABLE,
  "pyarrow.concat_tables": ARROW_TABLE,
  "pyarrow.parquet.read_table": ARROW_TABLE,
  "pyarrow.parquet.read_pandas": ARROW_TABLE,
  "pyarrow.feather.read_table": ARROW_TABLE,
  "pyarrow.csv.read_csv": ARROW_TABLE,
  "pyarrow.json.read_json": ARROW_TABLE,
  "pyarrow.orc.read_table": ARROW_TABLE,
  "pyarrow.dataset.dataset": "pyarrow.dataset.Dataset",
  "pyarrow.array": ARROW_ARRAY,
  "pyarrow.chunked_array": ARROW_ARRAY,

  // torch
  ...prefixed(
    "torch.",
    `tensor as_tensor from_numpy zeros ones empty full rand randn randint randperm arange linspace
     logspace eye stack cat concat hstack vstack zeros_like ones_like rand_like randn_like full_like
     matmul mm bmm exp log sqrt sigmoid softmax tanh relu abs mean sum max min argmax argmin
     where clamp flatten reshape squeeze unsqueeze transpose permute`,
    TORCH_TENSOR,
  ),
  "torch.Tensor": TORCH_TENSOR,

  // tensorflow
  ...prefixed(
    "tensorflow.",
    `constant convert_to_tensor zeros ones fill range zeros_like ones_like stack concat reshape
     cast matmul Variable reduce_sum reduce_mean reduce_max reduce_min squeeze expand_dims
     transpose random.normal random.uniform random.shuffle math.exp math.log math.sqrt
     nn.softmax nn.sigmoid nn.relu`,
    TF_TENSOR,
  ),

  // scikit-learn: estimators are objects, their predictions arrays.
  "sklearn.model_selection.train_test_split": { splitsOf: "arguments" },
  "sklearn.metrics.confusion_matrix": NDARRAY,
  ...prefixed("sklearn.preprocessing.", "scale normalize minmax_scale robust_scale", NDARRAY),

  // the JSON module makes strings and plain data
  ...prefixed("json.", "dumps loads load", "json"),
};

/**
 * Methods whose name alone says what they give back, whatever the receiver: what database hooks,
 * warehouse clients and cursors return (receivers we do not track). `get_records` / `get_first`
 * are rows of Python values.
 */
export const NAMED_RESULT_METHODS: Readonly<Record<string, Result>> = {
  // Airflow `DbApiHook` (Postgres, MySQL, Snowflake, …), `BigQueryHook`, `HiveServer2Hook`
  get_pandas_df: DATAFRAME,
  get_pandas_df_by_chunks: "unknown",
  get_df: { byKeyword: "df_type", cases: { pandas: DATAFRAME, polars: POLARS_FRAME }, absent: DATAFRAME },
  ...names("get_records get_first", "json"),
  // google-cloud-bigquery (`client.query(sql).to_dataframe()`), xarray
  to_dataframe: DATAFRAME,
  to_arrow: ARROW_TABLE,
  // Snowflake cursors, DuckDB relations and connections
  fetch_pandas_all: DATAFRAME,
  ...names("fetchdf fetch_df", DATAFRAME),
  fetch_arrow_table: ARROW_TABLE,
  // PySpark
  toPandas: DATAFRAME,
};

/** scikit-learn modules whose classes are estimators (and transformers); `LinearRegression()`. */
export const ESTIMATOR_MODULES = ["sklearn."] as const;

/** Type names in annotations (`-> pd.DataFrame`, `x: np.ndarray`), by qualified name. */
export const ANNOTATION_TYPES: Readonly<Record<string, TypeName>> = {
  "numpy.ndarray": NDARRAY,
  "numpy.typing.NDArray": NDARRAY,
  ...prefixed("numpy.", NUMPY_SCALAR_TYPES, NUMPY_SCALAR),
  "numpy.generic": NUMPY_SCALAR,
  "numpy.number": NUMPY_SCALAR,
  "numpy.floating": NUMPY_SCALAR,
  "numpy.integer": NUMPY_SCALAR,
  "pandas.DataFrame": DATAFRAME,
  "pandas.core.frame.DataFrame": DATAFRAME,
  "pandas.Series": SERIES,
  "pandas.core.series.Series": SERIES,
  "pandas.Index": INDEX,
  "pandas.Timestamp": TIMESTAMP,
  "polars.DataFrame": POLARS_FRAME,
  "polars.LazyFrame": POLARS_LAZY,
  "polars.Series": POLARS_SERIES,
  "pyarrow.Table": ARROW_TABLE,
  "torch.Tensor": TORCH_TENSOR,
  "tensorflow.Tensor": TF_TENSOR,
};

/**
 * Conversions offered as suggestions (ESLint `suggest`), by the type of the value handed on:
 * the method that makes it plain JSON, appended to the expression. Only types whose conversion
 * gives JSON whatever their content — unless their dtype says otherwise, see below.
 */
export const SUGGESTED_CONVERSIONS: Readonly<Record<TypeName, { method: string; result: string }>> = {
  [NDARRAY]: { method: ".tolist()", result: "a list" },
  [SERIES]: { method: ".tolist()", result: "a list" },
  [DATAFRAME]: { method: '.to_dict(orient="records")', result: "a list of records" },
  [NUMPY_SCALAR]: { method: ".item()", result: "a Python number" },
};

/**
 * Signs that a value's dtype may not convert to JSON (dates and times become `datetime`s,
 * `object` columns keep whatever they hold, complex numbers stay complex): when the code that
 * makes the value, or the task's own code, mentions any of these, no suggestion is offered —
 * the analysis does not follow dtypes, so a mention is enough to be unsure.
 */
export const UNSURE_DTYPE_TEXT = new RegExp(
  [
    // dtypes and what makes them
    "dtype|astype|parse_dates|converters|date|time|period|categor|object|complex|bytes|void|str_",
    String.raw`apply|\.map\(|to_numpy|\.values`,
    // sources whose columns keep their stored types (dates among them): files, databases, hooks
    "parquet|feather|orc|excel|json|sql|query|pickle|hdf|stata|sas|spss|arrow|get_df|get_pandas_df|fetch|to_dataframe|load",
  ].join("|"),
  "i",
);

/**
 * How to make each kind JSON-safe, as advice in a message (`no-unserializable-xcom`); absent
 * when only a reference will do. Set on every handed-off value (`ValueFact.conversion`).
 */
export const CONVERSION_ADVICE: Readonly<Partial<Record<ValueKind, string>>> = {
  ndarray: ".tolist()",
  "numpy-scalar": ".item() (or .tolist() on the array)",
  dataframe: '.to_dict(orient="records")',
  series: ".tolist() or .to_dict()",
  "pandas-index": ".tolist()",
  timestamp: ".isoformat()",
  "polars-frame": ".to_dicts()",
  "arrow-table": ".to_pylist()",
  tensor: ".tolist()",
};

/** Where a library's own spelling differs from its kind's advice, by qualified type. */
export const CONVERSION_ADVICE_BY_TYPE: Readonly<Record<string, string>> = {
  "polars.Series": ".to_list()",
  "polars.LazyFrame": ".collect().to_dicts()",
  "pyarrow.Array": ".to_pylist()",
  "tensorflow.Tensor": ".numpy().tolist()",
};

/** The kinds Airflow's serde stores as Parquet inside the XCom (with pyarrow installed). */
export const SERDE_PARQUET_KINDS: ReadonlySet<ValueKind> = new Set(["dataframe"]);
