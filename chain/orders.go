package chain

import (
	"math/big"

	"github.com/decloud/decloud/chain/bindings"
	"github.com/decloud/decloud/poco"
)

// The hub's ABI structs and poco's orders carry the same fields; these convert poco's
// signed orders into call arguments. A nil big.Int becomes zero.

func AppOrderArg(o *poco.AppOrder) bindings.AppOrder {
	return bindings.AppOrder{
		App: o.App, Appprice: z(o.AppPrice), Volume: z(o.Volume), Tag: o.Tag,
		Datasetrestrict: o.DatasetRestrict, Workerpoolrestrict: o.WorkerpoolRestrict,
		Requesterrestrict: o.RequesterRestrict, Salt: o.Salt, Sign: nonNil(o.Signature),
	}
}

func DatasetOrderArg(o *poco.DatasetOrder) bindings.DatasetOrder {
	if o == nil {
		return bindings.DatasetOrder{Datasetprice: new(big.Int), Volume: new(big.Int), Sign: []byte{}}
	}
	return bindings.DatasetOrder{
		Dataset: o.Dataset, Datasetprice: z(o.DatasetPrice), Volume: z(o.Volume), Tag: o.Tag,
		Apprestrict: o.AppRestrict, Workerpoolrestrict: o.WorkerpoolRestrict,
		Requesterrestrict: o.RequesterRestrict, Salt: o.Salt, Sign: nonNil(o.Signature),
	}
}

func WorkerpoolOrderArg(o *poco.WorkerpoolOrder) bindings.WorkerpoolOrder {
	return bindings.WorkerpoolOrder{
		Workerpool: o.Workerpool, Workerpoolprice: z(o.WorkerpoolPrice), Volume: z(o.Volume), Tag: o.Tag,
		Category: z(o.Category), Trust: z(o.Trust), Apprestrict: o.AppRestrict,
		Datasetrestrict: o.DatasetRestrict, Requesterrestrict: o.RequesterRestrict, Salt: o.Salt,
		Sign: nonNil(o.Signature),
	}
}

func RequestOrderArg(o *poco.RequestOrder) bindings.RequestOrder {
	return bindings.RequestOrder{
		App: o.App, Appmaxprice: z(o.AppMaxPrice), Dataset: o.Dataset, Datasetmaxprice: z(o.DatasetMaxPrice),
		Workerpool: o.Workerpool, Workerpoolmaxprice: z(o.WorkerpoolMaxPrice), Requester: o.Requester,
		Volume: z(o.Volume), Tag: o.Tag, Category: z(o.Category), Trust: z(o.Trust),
		Beneficiary: o.Beneficiary, Callback: o.Callback, Params: o.Params, Salt: o.Salt,
		Sign: nonNil(o.Signature),
	}
}

func z(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}
